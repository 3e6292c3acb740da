[${dossierCode}] Yêu cầu bổ sung, hoàn thiện hồ sơ
