Hồ sơ ${dossierCode} không được tiếp nhận. Xem lý do tại ${portalUrl}
