[${dossierCode}] Thông báo dừng giải quyết hồ sơ
