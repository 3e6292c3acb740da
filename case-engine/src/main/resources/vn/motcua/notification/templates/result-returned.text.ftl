Kính gửi ông/bà ${applicantName},

Kết quả giải quyết hồ sơ ${dossierCode} (thủ tục ${procedureName}) đã được trả lúc ${at}.
<#if reason??>${reason}
</#if>

Mời ông/bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ tại ${dossierUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
