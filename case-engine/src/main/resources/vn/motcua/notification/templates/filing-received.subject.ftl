[${dossierCode}] Đã nhận hồ sơ ${procedureName}
