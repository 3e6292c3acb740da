Kính gửi ông/bà ${applicantName},

Hồ sơ ${dossierCode} (thủ tục ${procedureName}) đã có kết quả giải quyết lúc ${at}.

Ông/bà vui lòng nhận kết quả tại Bộ phận tiếp nhận và trả kết quả của ${unitName} hoặc xem thông tin tại ${portalUrl}.

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
