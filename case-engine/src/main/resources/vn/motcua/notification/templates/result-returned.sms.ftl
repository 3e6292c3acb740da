Đã trả kết quả hồ sơ ${dossierCode}. Mời ông/bà đánh giá mức độ hài lòng trên cổng dịch vụ công.
