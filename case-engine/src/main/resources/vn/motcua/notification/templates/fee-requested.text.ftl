Kính gửi ông/bà ${applicantName},

Hồ sơ ${dossierCode} (thủ tục ${procedureName}) đang chờ ông/bà nộp phí, lệ phí theo quy định.

Ông/bà có thể thanh toán trực tuyến tại trang hồ sơ: ${dossierUrl}
hoặc nộp tại Bộ phận tiếp nhận và trả kết quả của ${unitName}.

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
