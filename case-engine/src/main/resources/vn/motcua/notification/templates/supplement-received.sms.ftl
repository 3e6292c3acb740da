Đã nhận bổ sung hồ sơ ${dossierCode}; hồ sơ tiếp tục được giải quyết.
