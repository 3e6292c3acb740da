-- Demo officials of Sở Nội vụ Thành phố Hồ Chí Minh (000.00.02.H29, illustrative code), the deciding level of the
-- demo's cross-level procedure 1.010801 after the 2025 reform (commune → city department). Same demo password as
-- the other demo accounts (the hash is copied, not repeated here). Names are invented for the demo.
INSERT INTO user_account (username, display_name, position_title, password_hash, account_kind, email, active, created_at)
SELECT v.username, v.display_name, v.position_title, a.password_hash, 'OFFICIAL', v.email, TRUE, '2025-07-01 00:00:00'
  FROM user_account a
  JOIN (SELECT 'truongphong.sonoivu' AS username, 'Trịnh Văn Đức' AS display_name,
               'Trưởng phòng Người có công' AS position_title, 'truongphong.sonoivu@example.invalid' AS email
        UNION ALL SELECT 'chuyenvien.sonoivu', 'Lâm Thị Thảo', 'Chuyên viên', 'chuyenvien.sonoivu@example.invalid'
        UNION ALL SELECT 'lanhdao.sonoivu', 'Đoàn Minh Quang', 'Phó Giám đốc', 'lanhdao.sonoivu@example.invalid'
        UNION ALL SELECT 'vanthu.sonoivu', 'Cao Thị Hạnh', 'Văn thư', 'vanthu.sonoivu@example.invalid') v ON 1 = 1
 WHERE a.username = 'lanhdao.tdm';

INSERT INTO role_assignment (account_id, role_name, unit_id)
SELECT a.id, r.role_name, u.id FROM user_account a
  JOIN (SELECT 'truongphong.sonoivu' AS username, 'UNIT_HEAD' AS role_name
        UNION ALL SELECT 'chuyenvien.sonoivu', 'SPECIALIST'
        UNION ALL SELECT 'lanhdao.sonoivu', 'LEADER'
        UNION ALL SELECT 'vanthu.sonoivu', 'CLERK') r ON r.username = a.username
  JOIN org_unit u ON u.code = '000.00.02.H29';
