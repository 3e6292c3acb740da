Hồ sơ ${dossierCode} đã có kết quả. Tải kết quả trực tuyến hoặc nhận tại ${unitName}.
