${unitName} đã nhận hồ sơ ${dossierCode}. Tra cứu: ${lookupUrl!portalUrl}
