-- The due time of a received dossier ("ngày hẹn trả"), derived from its procedure version's processing time and the
-- working calendar when the desk accepts it. Stored (UTC) so worklists and dashboards can filter and sort by it.
ALTER TABLE dossier ADD COLUMN due_at DATETIME(6) NULL;
CREATE INDEX ix_dossier_status_due ON dossier (status, due_at);
