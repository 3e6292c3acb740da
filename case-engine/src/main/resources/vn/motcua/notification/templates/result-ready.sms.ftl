Hồ sơ ${dossierCode} đã có kết quả. Mời ông/bà nhận kết quả tại ${unitName}.
