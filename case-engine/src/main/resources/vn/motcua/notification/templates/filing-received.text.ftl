Kính gửi ông/bà ${applicantName},

${unitName} đã nhận hồ sơ trực tuyến của ông/bà lúc ${at}.

Mã hồ sơ: ${dossierCode}
Thủ tục: ${procedureName}
<#if dueAt??>Ngày hẹn trả kết quả: ${dueAt}
<#else>Ngày hẹn trả kết quả sẽ được thông báo khi hồ sơ được tiếp nhận.
</#if>

Bộ phận tiếp nhận và trả kết quả sẽ kiểm tra hồ sơ và thông báo việc tiếp nhận hoặc yêu cầu bổ sung.
Vui lòng giữ mã hồ sơ để tra cứu tình trạng giải quyết (mã hồ sơ và 4 số cuối điện thoại) tại:
${lookupUrl!portalUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
