Kính gửi ông/bà ${applicantName},

Theo đề nghị rút hồ sơ của ông/bà, ${unitName} dừng giải quyết hồ sơ ${dossierCode} (thủ tục ${procedureName}) từ ${at}.
<#if reason??>Lý do: ${reason}
</#if>

Thông báo dừng giải quyết hồ sơ được đăng tại trang hồ sơ: ${dossierUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
