[${dossierCode}] Hồ sơ dừng giải quyết
