Hồ sơ ${dossierCode} đã được tiếp nhận. Theo dõi tại ${portalUrl}
