Kính gửi ông/bà ${applicantName},

${unitName} đề nghị ông/bà bổ sung, hoàn thiện hồ sơ ${dossierCode} (thủ tục ${procedureName}) với các nội dung sau:
<#list items as item>
- ${item}
</#list>

Thời hạn bổ sung: trước ${deadline}. Quá thời hạn này mà hồ sơ chưa được bổ sung thì hồ sơ sẽ được trả lại.

Ông/bà tải giấy tờ bổ sung và bấm "Gửi bổ sung" tại trang hồ sơ: ${dossierUrl}

Trân trọng,
${unitName}

Thư này được gửi tự động, vui lòng không trả lời.
