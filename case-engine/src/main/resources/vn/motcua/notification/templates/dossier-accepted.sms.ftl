Hồ sơ ${dossierCode} đã được tiếp nhận<#if dueAt??>, hẹn trả ${dueAt}</#if>. Tra cứu: ${lookupUrl!portalUrl}
