-- Demo reference data (applied only when demo data is enabled, with its own Flyway history table).
-- Dossiers are never written here: the demo loader files and moves them through the application services.
-- Agency codes follow the XXX.YY.ZZ.Hnn shape; the Hnn-to-province table was not found in public sources,
-- so every code below is ILLUSTRATIVE (see DOMAIN.md §3.2) until the Catalogue imports the official list.
-- Bình Dương's three-tier structure ends on 2025-06-30; from 2025-07-01 its wards belong to Hồ Chí Minh City.

INSERT INTO org_unit (code, name, unit_level, parent_id, valid_from, valid_to) VALUES
  ('000.00.00.H12', 'Ủy ban nhân dân tỉnh Bình Dương', 'PROVINCE', NULL, '2008-01-01', '2025-06-30'),
  ('000.00.00.H29', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 'PROVINCE', NULL, '2025-07-01', NULL);

INSERT INTO org_unit (code, name, unit_level, parent_id, valid_from, valid_to)
SELECT '000.00.20.H12', 'Ủy ban nhân dân thành phố Thủ Dầu Một', 'DISTRICT', id, '2012-05-02', '2025-06-30'
  FROM org_unit WHERE code = '000.00.00.H12';

INSERT INTO org_unit (code, name, unit_level, parent_id, valid_from, valid_to)
SELECT '000.20.01.H12', 'Ủy ban nhân dân phường Phú Cường', 'COMMUNE', id, '2012-05-02', '2025-06-30'
  FROM org_unit WHERE code = '000.00.20.H12';

INSERT INTO org_unit (code, name, unit_level, parent_id, valid_from, valid_to)
SELECT '000.30.01.H29', 'Ủy ban nhân dân phường Thủ Dầu Một', 'COMMUNE', id, '2025-07-01', NULL
  FROM org_unit WHERE code = '000.00.00.H29';

INSERT INTO user_account (username, display_name, password_hash, account_kind, email, active, created_at) VALUES
  ('motcua.tdm',   'Nguyễn Thị Thu Hà',   'PBKDF2WithHmacSHA256:310000:TYRqQ0UmCCPP55nW9ymbktk35SeJcyPyUTTI96x6Y8E=:Xu/eyEMhnphbd3P+CTphUn2JwQ8pkPj1TUresuiiUos=', 'OFFICIAL', 'motcua.tdm@example.invalid',   TRUE, '2025-07-01 00:00:00'),
  ('chuyenvien.tdm','Trần Văn Bình',       'PBKDF2WithHmacSHA256:310000:NvedvsV4mTqZ5s9/jBHzF4L+FyqZ+OnT8sOHj3zc9iA=:YEYeAqCTx6DDanemIBiL61W5Ml4Ncsg/VFdEr9j0XX0=', 'OFFICIAL', 'chuyenvien.tdm@example.invalid', TRUE, '2025-07-01 00:00:00'),
  ('truongphong.tdm','Lê Minh Khoa',       'PBKDF2WithHmacSHA256:310000:H8OPRK5lNVQpxepftRSoKLW5M5tLSa38BA/GwM6BkQc=:2tdk/dao2jXrAb5ZE4LovNHGr/TBQDFhXtGP6RJZUxM=', 'OFFICIAL', 'truongphong.tdm@example.invalid', TRUE, '2025-07-01 00:00:00'),
  ('lanhdao.tdm',  'Phạm Quốc Hùng',      'PBKDF2WithHmacSHA256:310000:XWOtdqGzWk8unp6Iic+2XWBwLrMQmbyjG86Z1xHNg4k=:7DpbwPYx39B1BgQtw7eM9JS1B8rFjlAopj5iv5D2Bc4=', 'OFFICIAL', 'lanhdao.tdm@example.invalid',  TRUE, '2025-07-01 00:00:00'),
  ('vanthu.tdm',   'Võ Thị Ngọc Ánh',     'PBKDF2WithHmacSHA256:310000:Ej9zfQ4EtK+Xujc6M+xve23lzKrN0PIrkuKTc4OlZ7Y=:9cn5qV0gfyPW6wxFxxH6v/+kFnAzQ1fO2WOwNHZeH24=', 'OFFICIAL', 'vanthu.tdm@example.invalid',   TRUE, '2025-07-01 00:00:00'),
  ('giamsat.hcm',  'Đặng Thanh Tâm',      'PBKDF2WithHmacSHA256:310000:79wy34gAdSwnlvT2jxWkf2PH9GYmK3d232rGGaxkNEw=:zTNbCXrJOUl9Y/A+Ow4mL8FzISmReb/sqaAArIgNJmQ=', 'OFFICIAL', 'giamsat.hcm@example.invalid',  TRUE, '2025-07-01 00:00:00'),
  ('quantri',      'Quản trị hệ thống',   'PBKDF2WithHmacSHA256:310000:fRk0rjxbaFsLtvVN5KRAomII9U/0ZjLvMMLI7oRUz3Y=:MjJkyMLlTq42fF6f6+BEFM8YPex7E7Rg8Z06ngCBgoE=', 'OFFICIAL', 'quantri@example.invalid',      TRUE, '2025-07-01 00:00:00'),
  ('congdan.an',   'Nguyễn Văn An',       'PBKDF2WithHmacSHA256:310000:Qz+mrBizNpya4p0NkK+ot9UOfBSa+emzoNvPQ+LN7sA=:tww3xO6SljaPBlOD9mxEToePhiVz85uUKvotv6w0SeI=', 'CITIZEN',  'congdan.an@example.invalid',   TRUE, '2025-07-01 00:00:00');

INSERT INTO role_assignment (account_id, role_name, unit_id)
SELECT a.id, r.role_name, u.id FROM user_account a
  JOIN (SELECT 'motcua.tdm' AS username, 'DESK_OFFICER' AS role_name, '000.30.01.H29' AS unit_code
        UNION ALL SELECT 'chuyenvien.tdm', 'SPECIALIST', '000.30.01.H29'
        UNION ALL SELECT 'truongphong.tdm', 'UNIT_HEAD', '000.30.01.H29'
        UNION ALL SELECT 'lanhdao.tdm', 'LEADER', '000.30.01.H29'
        UNION ALL SELECT 'vanthu.tdm', 'CLERK', '000.30.01.H29'
        UNION ALL SELECT 'giamsat.hcm', 'SUPERVISOR', '000.00.00.H29'
        UNION ALL SELECT 'quantri', 'ADMIN', '000.00.00.H29') r ON r.username = a.username
  JOIN org_unit u ON u.code = r.unit_code;

INSERT INTO role_assignment (account_id, role_name, unit_id)
SELECT id, 'CITIZEN', NULL FROM user_account WHERE username = 'congdan.an';

INSERT INTO procedure_def (code, name, field_name, competent_level, online_level) VALUES
  ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 'FULL_ONLINE');

-- Birth registration is resolved immediately after a complete dossier (DOMAIN.md §8); the demo allows one working
-- day so that the desk, the handler, the leader and the clerk each have a step. Exempt from fees when on time.
INSERT INTO procedure_version (procedure_id, version_no, valid_from, valid_to, process_key, duration_value,
                               duration_unit, fee_amount, result_name, legal_basis)
SELECT id, 1, '2016-01-01', NULL, 'singleAgencyBasic', 1, 'WORKING_DAYS', 0, 'Giấy khai sinh',
       'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2024/TT-BTP'
  FROM procedure_def WHERE code = '1.001193';
