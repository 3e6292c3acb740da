-- The statistics read model learns which dossiers the national public-service portal (DVCQG) holds: a dossier is
-- synced once the portal has accepted one of its DongBoHoSoMC calls (an OK line in the integration log). Decision
-- 766 indicator 1.4 counts them. Written for MySQL 8 / MariaDB 10.11 and run unchanged on H2 in MySQL mode.
ALTER TABLE stat_dossier ADD COLUMN synced BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE stat_dossier SET synced = TRUE
 WHERE dossier_code IN (SELECT x.dossier_code FROM dvcqg_exchange x
                         WHERE x.service = 'DongBoHoSoMC' AND x.outcome = 'OK' AND x.dossier_code IS NOT NULL);
