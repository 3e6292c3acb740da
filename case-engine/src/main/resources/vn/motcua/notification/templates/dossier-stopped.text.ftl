Kính gửi ông/bà ${applicantName},

${unitName} thông báo hồ sơ ${dossierCode} (thủ tục ${procedureName}) dừng giải quyết từ ${at}<#if stopCause??> do ${stopCause}</#if>.

Chi tiết xem tại ${dossierUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
