Kính gửi ông/bà ${applicantName},

${unitName} đã nhận phần bổ sung của hồ sơ ${dossierCode} (thủ tục ${procedureName}) lúc ${at}; hồ sơ tiếp tục được giải quyết.
<#if dueAt??>
Ngày hẹn trả kết quả: ${dueAt}
</#if>

Theo dõi hồ sơ tại ${lookupUrl!portalUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
