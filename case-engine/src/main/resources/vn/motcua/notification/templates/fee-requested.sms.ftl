Hồ sơ ${dossierCode} chờ nộp phí, lệ phí. Thanh toán tại trang hồ sơ trên cổng dịch vụ công.
