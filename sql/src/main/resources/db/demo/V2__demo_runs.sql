-- Which demo data sets the application itself has loaded (once per database, whichever node gets there first).
CREATE TABLE demo_run (
  name        VARCHAR(60)  NOT NULL,
  started_at  DATETIME(6)  NOT NULL,
  node        VARCHAR(100) NOT NULL,
  CONSTRAINT pk_demo_run PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Two more commune procedures, so the demo shows different processing times (DOMAIN.md §8). The building permit's
-- 15 working days are not verified against the Construction Law; the demo needs a long-running procedure.
INSERT INTO procedure_def (code, name, field_name, competent_level, online_level) VALUES
  ('1.000894', 'Đăng ký kết hôn', 'Hộ tịch', 'COMMUNE', 'FULL_ONLINE'),
  ('1.013225', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Hoạt động xây dựng', 'COMMUNE',
   'PARTIAL_ONLINE');

INSERT INTO procedure_version (procedure_id, version_no, valid_from, valid_to, process_key, duration_value,
                               duration_unit, fee_amount, result_name, legal_basis)
SELECT id, 1, '2016-01-01', NULL, 'singleAgencyBasic', 5, 'WORKING_DAYS', 0, 'Giấy chứng nhận kết hôn',
       'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP'
  FROM procedure_def WHERE code = '1.000894';

INSERT INTO procedure_version (procedure_id, version_no, valid_from, valid_to, process_key, duration_value,
                               duration_unit, fee_amount, result_name, legal_basis)
SELECT id, 1, '2025-07-01', NULL, 'singleAgencyBasic', 15, 'WORKING_DAYS', 75000, 'Giấy phép xây dựng',
       'Luật Xây dựng 2014, sửa đổi 2020; Nghị định 175/2024/NĐ-CP'
  FROM procedure_def WHERE code = '1.013225';
