Kính gửi ông/bà ${applicantName},

Hồ sơ ${dossierCode} (thủ tục ${procedureName}) đã có kết quả giải quyết lúc ${at}.

Cách nhận kết quả:
- Tải kết quả điện tử có chữ ký số tại trang hồ sơ của ông/bà: ${dossierUrl}
- Hoặc nhận bản giấy tại ${collectPlace}, trong giờ hành chính các ngày làm việc; khi đến nhận vui lòng mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả.

Sau khi nhận kết quả, mời ông/bà đánh giá mức độ hài lòng trên trang hồ sơ.

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
