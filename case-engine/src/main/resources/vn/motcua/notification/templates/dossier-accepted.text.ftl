Kính gửi ông/bà ${applicantName},

Hồ sơ ${dossierCode} (thủ tục ${procedureName}) đã được ${unitName} tiếp nhận lúc ${at} và đang được giải quyết.
<#if dueAt??>
Ngày hẹn trả kết quả: ${dueAt}
</#if>

Ông/bà có thể theo dõi tình trạng giải quyết hồ sơ tại ${lookupUrl!portalUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
