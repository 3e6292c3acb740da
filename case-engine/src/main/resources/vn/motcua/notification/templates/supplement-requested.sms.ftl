Hồ sơ ${dossierCode} cần bổ sung trước ${deadline}. Xem chi tiết tại trang hồ sơ trên cổng dịch vụ công.
