${unitName} đã nhận hồ sơ ${dossierCode}. Tra cứu tại ${portalUrl}
