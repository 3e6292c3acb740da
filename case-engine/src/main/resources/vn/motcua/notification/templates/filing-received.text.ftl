Kính gửi ông/bà ${applicantName},

${unitName} đã nhận hồ sơ trực tuyến của ông/bà lúc ${at}.

Mã hồ sơ: ${dossierCode}
Thủ tục: ${procedureName}

Bộ phận tiếp nhận và trả kết quả sẽ kiểm tra hồ sơ và thông báo việc tiếp nhận hoặc yêu cầu bổ sung.
Vui lòng giữ mã hồ sơ để tra cứu tình trạng giải quyết tại ${portalUrl}.

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
