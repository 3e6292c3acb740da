-- Pre-aggregated rollups of the statistics read model, so the supervision queries of a period read one row per
-- day and unit (or day, step and unit) instead of one per dossier. They are kept in the same transaction as the
-- read-model row: vn.motcua.statistics.infrastructure.StatisticsReadModel.refresh subtracts the dossier's old
-- contribution and adds its new one (an upsert), and the backfill below is StatisticsRollups.rebuild's.
-- Days are Asia/Ho_Chi_Minh dates, as in stat_dossier: a dossier's received counts go to its received_day, its
-- resolved counts to its finished_day. On time = resolved - early - late (a dossier without a due date is on time).

CREATE TABLE stat_unit_day (
  stat_day                       DATE        NOT NULL,
  unit_id                   BIGINT      NOT NULL,
  received                  BIGINT      NOT NULL,
  received_counter          BIGINT      NOT NULL,
  received_online           BIGINT      NOT NULL,
  received_post             BIGINT      NOT NULL,
  received_online_full      BIGINT      NOT NULL,
  received_full_level       BIGINT      NOT NULL,
  received_digitised        BIGINT      NOT NULL,
  received_reused           BIGINT      NOT NULL,
  received_fee              BIGINT      NOT NULL,
  received_fee_paid_online  BIGINT      NOT NULL,
  resolved                  BIGINT      NOT NULL,
  early_day                 BIGINT      NOT NULL,
  late_day                  BIGINT      NOT NULL,
  early_at                  BIGINT      NOT NULL,
  late_at                   BIGINT      NOT NULL,
  rated                     BIGINT      NOT NULL,
  satisfied                 BIGINT      NOT NULL,
  e_result                  BIGINT      NOT NULL,
  processing_seconds        BIGINT      NOT NULL,
  PRIMARY KEY (stat_day, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The finished steps of the control sheet as last counted into stat_step_day, so a refresh can subtract them.
CREATE TABLE stat_step (
  step_id     BIGINT        NOT NULL,
  dossier_id  BIGINT        NOT NULL,
  stat_day         DATE          NOT NULL,
  step_key    VARCHAR(100)  NOT NULL,
  unit_code   VARCHAR(40)   NOT NULL,
  late        SMALLINT      NOT NULL,
  PRIMARY KEY (step_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_stat_step_dossier ON stat_step (dossier_id);

-- Handovers (finished steps) and late handovers by the day they happened, step and unit: the bottlenecks.
CREATE TABLE stat_step_day (
  stat_day         DATE          NOT NULL,
  step_key    VARCHAR(100)  NOT NULL,
  unit_code   VARCHAR(40)   NOT NULL,
  handovers   BIGINT        NOT NULL,
  late        BIGINT        NOT NULL,
  PRIMARY KEY (stat_day, step_key, unit_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Open dossiers (unfinished, or finished after a cut) with what the in-progress and overdue counts test, so those
-- counts read the index only.
CREATE INDEX ix_stat_dossier_open_counts ON stat_dossier (finished_at, received_at, closed_at, paused, due_at,
  unit_id);
-- The overdue list: open (unfinished, not closed, not paused) dossiers by due instant, counted from the index.
CREATE INDEX ix_stat_dossier_overdue ON stat_dossier (finished_at, closed_at, paused, due_at, received_at, unit_id);

INSERT INTO stat_unit_day (stat_day, unit_id, received, received_counter, received_online, received_post,
  received_online_full, received_full_level, received_digitised, received_reused, received_fee,
  received_fee_paid_online, resolved, early_day, late_day, early_at, late_at, rated, satisfied, e_result,
  processing_seconds)
SELECT x.stat_day, x.unit_id, SUM(x.received), SUM(x.received_counter), SUM(x.received_online), SUM(x.received_post),
  SUM(x.received_online_full), SUM(x.received_full_level), SUM(x.received_digitised), SUM(x.received_reused),
  SUM(x.received_fee), SUM(x.received_fee_paid_online), SUM(x.resolved), SUM(x.early_day), SUM(x.late_day),
  SUM(x.early_at), SUM(x.late_at), SUM(x.rated), SUM(x.satisfied), SUM(x.e_result), SUM(x.processing_seconds)
FROM (
  SELECT s.received_day AS stat_day, s.unit_id, 1 AS received,
    CASE WHEN s.channel_code = 1 THEN 1 ELSE 0 END AS received_counter,
    CASE WHEN s.channel_code = 2 THEN 1 ELSE 0 END AS received_online,
    CASE WHEN s.channel_code = 3 THEN 1 ELSE 0 END AS received_post,
    CASE WHEN s.channel_code = 2 AND s.online_level = 'FULL_ONLINE' THEN 1 ELSE 0 END AS received_online_full,
    CASE WHEN s.online_level = 'FULL_ONLINE' THEN 1 ELSE 0 END AS received_full_level,
    CASE WHEN s.digitised THEN 1 ELSE 0 END AS received_digitised,
    CASE WHEN s.reused THEN 1 ELSE 0 END AS received_reused,
    CASE WHEN s.fee_bearing THEN 1 ELSE 0 END AS received_fee,
    CASE WHEN s.fee_bearing AND s.paid_online THEN 1 ELSE 0 END AS received_fee_paid_online,
    0 AS resolved, 0 AS early_day, 0 AS late_day, 0 AS early_at, 0 AS late_at, 0 AS rated, 0 AS satisfied,
    0 AS e_result, 0 AS processing_seconds
  FROM stat_dossier s WHERE s.received_day IS NOT NULL
  UNION ALL
  SELECT s.finished_day, s.unit_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    CASE WHEN s.finished_day < s.due_day THEN 1 ELSE 0 END,
    CASE WHEN s.finished_day > s.due_day THEN 1 ELSE 0 END,
    CASE WHEN s.finished_at < s.due_at THEN 1 ELSE 0 END,
    CASE WHEN s.finished_at > s.due_at THEN 1 ELSE 0 END,
    CASE WHEN s.rated THEN 1 ELSE 0 END,
    CASE WHEN s.satisfied THEN 1 ELSE 0 END,
    CASE WHEN s.e_result THEN 1 ELSE 0 END,
    COALESCE(s.processing_seconds, 0)
  FROM stat_dossier s WHERE s.finished_at IS NOT NULL
) x
GROUP BY x.stat_day, x.unit_id;

INSERT INTO stat_step (step_id, dossier_id, stat_day, step_key, unit_code, late)
SELECT st.id, st.dossier_id, CAST(TIMESTAMPADD(HOUR, 7, st.finished_at) AS DATE), st.step_key, st.unit_code,
  CASE WHEN st.result = 'LATE' THEN 1 ELSE 0 END
FROM dossier_step st WHERE st.finished_at IS NOT NULL;

INSERT INTO stat_step_day (stat_day, step_key, unit_code, handovers, late)
SELECT t.stat_day, t.step_key, t.unit_code, COUNT(*), SUM(t.late) FROM stat_step t GROUP BY t.stat_day, t.step_key, t.unit_code;
