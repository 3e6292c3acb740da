[${dossierCode}] Đã trả kết quả giải quyết hồ sơ
