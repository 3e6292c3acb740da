-- Positions printed in the signer blocks and signature appearances of the demo results.
UPDATE user_account SET position_title = 'Phó Chủ tịch' WHERE username = 'lanhdao.tdm';
UPDATE user_account SET position_title = 'Văn thư' WHERE username = 'vanthu.tdm';
UPDATE user_account SET position_title = 'Trưởng phòng' WHERE username = 'truongphong.tdm';
UPDATE user_account SET position_title = 'Công chức Tư pháp - Hộ tịch' WHERE username = 'chuyenvien.tdm';
UPDATE user_account SET position_title = 'Công chức Bộ phận Một cửa' WHERE username = 'motcua.tdm';
