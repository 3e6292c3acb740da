[${dossierCode}] Đã có kết quả giải quyết hồ sơ
