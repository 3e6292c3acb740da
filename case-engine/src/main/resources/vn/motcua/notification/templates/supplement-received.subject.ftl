[${dossierCode}] Đã nhận hồ sơ bổ sung
