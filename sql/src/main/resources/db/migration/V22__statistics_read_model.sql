-- The statistics read model: one row per dossier with the facts the supervision indicators need, kept up to date
-- in the same transaction as every dossier change (vn.motcua.statistics.application.StatisticsProjection, which runs
-- the same INSERT ... SELECT as the backfill below for one dossier). Step facts come from the control sheet
-- (dossier_step), which the engine's step listeners already keep in the same transaction.
-- Business days are Asia/Ho_Chi_Minh dates (UTC+7, no daylight saving).

CREATE TABLE stat_dossier (
  dossier_id          BIGINT        NOT NULL,
  dossier_code        VARCHAR(60)   NOT NULL,
  unit_id             BIGINT        NOT NULL,
  unit_level          VARCHAR(20)   NOT NULL,
  procedure_id        BIGINT        NOT NULL,
  procedure_code      VARCHAR(40)   NOT NULL,
  field_name          VARCHAR(255)  NOT NULL,
  online_level        VARCHAR(20)   NOT NULL,
  channel_code        SMALLINT      NOT NULL,
  status              VARCHAR(30)   NOT NULL,
  received_at         DATETIME(6)   NULL,
  received_day        DATE          NULL,
  due_at              DATETIME(6)   NULL,
  due_day             DATE          NULL,
  original_due_at     DATETIME(6)   NULL,
  finished_at         DATETIME(6)   NULL,
  finished_day        DATE          NULL,
  processing_seconds  BIGINT        NULL,
  closed_at           DATETIME(6)   NULL,
  paused              BOOLEAN       NOT NULL,
  fee_bearing         BOOLEAN       NOT NULL,
  paid_online         BOOLEAN       NOT NULL,
  digitised           BOOLEAN       NOT NULL,
  reused              BOOLEAN       NOT NULL,
  e_result            BOOLEAN       NOT NULL,
  rated               BOOLEAN       NOT NULL,
  satisfied           BOOLEAN       NOT NULL,
  dislike             BOOLEAN       NOT NULL,
  PRIMARY KEY (dossier_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The period indexes cover what the dashboard sums, so a period's counts read the index only.
CREATE INDEX ix_stat_dossier_received ON stat_dossier (received_at, unit_id, channel_code, online_level, digitised,
  reused, fee_bearing, paid_online, procedure_id, received_day);
CREATE INDEX ix_stat_dossier_finished ON stat_dossier (finished_at, unit_id, finished_day, due_day, due_at,
  processing_seconds, rated, satisfied, e_result);
CREATE INDEX ix_stat_dossier_open ON stat_dossier (finished_at, closed_at, due_at);
CREATE INDEX ix_stat_dossier_unit_received ON stat_dossier (unit_id, received_at);
CREATE INDEX ix_stat_dossier_unit_finished ON stat_dossier (unit_id, finished_at);
CREATE INDEX ix_stat_dossier_procedure ON stat_dossier (procedure_code, received_at);

-- Handovers by the time they happened, for the bottleneck query over a period.
CREATE INDEX ix_dossier_step_finished ON dossier_step (finished_at, step_key, unit_code, result);

INSERT INTO stat_dossier (dossier_id, dossier_code, unit_id, unit_level, procedure_id, procedure_code, field_name,
  online_level, channel_code, status, received_at, received_day, due_at, due_day, original_due_at, finished_at,
  finished_day, processing_seconds, closed_at, paused, fee_bearing, paid_online, digitised, reused, e_result, rated,
  satisfied, dislike)
SELECT d.id, d.code, d.receiving_unit_id, u.unit_level, p.id, p.code, p.field_name, p.online_level,
  CASE d.channel WHEN 'ONLINE' THEN 2 WHEN 'POST' THEN 3 ELSE 1 END,
  d.status, d.received_at, CAST(TIMESTAMPADD(HOUR, 7, d.received_at) AS DATE),
  d.due_at, CAST(TIMESTAMPADD(HOUR, 7, d.due_at) AS DATE), d.original_due_at,
  CASE WHEN d.received_at IS NULL THEN NULL ELSE d.result_ready_at END,
  CASE WHEN d.received_at IS NULL THEN NULL ELSE CAST(TIMESTAMPADD(HOUR, 7, d.result_ready_at) AS DATE) END,
  TIMESTAMPDIFF(SECOND, d.received_at, d.result_ready_at),
  CASE WHEN d.status IN ('NOT_RECEIVED', 'WITHDRAWN', 'STOPPED') THEN
    (SELECT MAX(h.occurred_at) FROM dossier_history h WHERE h.dossier_id = d.id AND h.to_status = d.status) END,
  CASE WHEN d.status IN ('AWAITING_SUPPLEMENT', 'AWAITING_FINANCIAL_OBLIGATION') THEN TRUE ELSE FALSE END,
  CASE WHEN pv.fee_amount > 0
    OR EXISTS (SELECT 1 FROM procedure_fee f WHERE f.version_id = pv.id AND f.amount > 0)
    OR EXISTS (SELECT 1 FROM payment_request r WHERE r.dossier_id = d.id AND r.total > 0) THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM payment_request r WHERE r.dossier_id = d.id AND r.status = 'PAID'
    AND r.method = 'ONLINE' AND r.total > 0) THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_id = d.id AND c.document_id IS NOT NULL)
    AND NOT EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_id = d.id AND c.document_id IS NULL)
    THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_id = d.id AND c.provenance = 'REUSE')
    THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM dossier_result r WHERE r.dossier_id = d.id) THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id) THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id
    AND r.satisfaction IN ('VERY_SATISFIED', 'SATISFIED')) THEN TRUE ELSE FALSE END,
  CASE WHEN EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id
    AND r.satisfaction IN ('DISSATISFIED', 'VERY_DISSATISFIED')) THEN TRUE ELSE FALSE END
FROM dossier d
  JOIN org_unit u ON u.id = d.receiving_unit_id
  JOIN procedure_version pv ON pv.id = d.procedure_version_id
  JOIN procedure_def p ON p.id = pv.procedure_id;
