Hồ sơ ${dossierCode} dừng giải quyết<#if stopCause??> do ${stopCause}</#if>.
