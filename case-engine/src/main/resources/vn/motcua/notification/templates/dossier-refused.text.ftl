Kính gửi ông/bà ${applicantName},

${unitName} thông báo hồ sơ ${dossierCode} (thủ tục ${procedureName}) không được tiếp nhận.

Lý do: ${reason!"không ghi"}

Ông/bà có thể hoàn thiện hồ sơ và nộp lại. Chi tiết xem tại ${portalUrl}.

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
