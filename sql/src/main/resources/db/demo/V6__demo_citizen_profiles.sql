-- Demo citizen profiles (after schema V16): congdan.an gets a personal ID with a valid structure (registered in Bình
-- Dương, male, born 1985), a phone and an address for the filing form to prefill; one organisation account with a
-- tax code whose check digit is right. Same demo password as the other accounts.
UPDATE user_account
   SET party_type = 'INDIVIDUAL', personal_id = '074085001234', phone = '0912345678',
       address = 'Số 12 đường Bạch Đằng, phường Thủ Dầu Một, Thành phố Hồ Chí Minh'
 WHERE username = 'congdan.an';

INSERT INTO user_account (username, display_name, password_hash, account_kind, email, active, created_at,
                          email_verified, party_type, tax_code, phone, address)
SELECT 'doanhnghiep.binhminh', 'Công ty TNHH Thương mại Bình Minh', password_hash, 'CITIZEN',
       'ketoan@binhminh.example.invalid', TRUE, '2025-07-01 00:00:00', TRUE, 'ORGANISATION', '3701234562',
       '0274385678', 'Số 5 đường Cách Mạng Tháng Tám, phường Thủ Dầu Một, Thành phố Hồ Chí Minh'
  FROM user_account WHERE username = 'congdan.an';

INSERT INTO role_assignment (account_id, role_name, unit_id)
SELECT id, 'CITIZEN', NULL FROM user_account WHERE username = 'doanhnghiep.binhminh';
