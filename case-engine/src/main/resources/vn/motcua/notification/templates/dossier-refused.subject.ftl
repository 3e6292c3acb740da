[${dossierCode}] Hồ sơ không được tiếp nhận
