[${dossierCode}] Hồ sơ đã được tiếp nhận
