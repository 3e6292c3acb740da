[${dossierCode}] Đề nghị nộp phí, lệ phí
