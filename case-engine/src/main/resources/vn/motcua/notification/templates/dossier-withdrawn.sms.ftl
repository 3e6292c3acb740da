Hồ sơ ${dossierCode} đã được rút theo đề nghị của ông/bà; dừng giải quyết.
