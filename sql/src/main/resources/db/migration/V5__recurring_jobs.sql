-- Recurring jobs (reconciliations, reminders, exports) that run once per schedule in a cluster: one row per job
-- with its schedule, pause switch, next occurrence and database lock, and a short history of its runs.
-- Every node polls this table and claims a due job with a conditional UPDATE, so one node runs each occurrence.
-- Instants are UTC (DATETIME(6)); next_run_at and locked_until are whole seconds.

CREATE TABLE recurring_job (
  name                VARCHAR(80)   NOT NULL,
  schedule_expression VARCHAR(120)  NOT NULL,
  enabled             BOOLEAN       NOT NULL DEFAULT TRUE,
  paused              BOOLEAN       NOT NULL DEFAULT FALSE,
  next_run_at         DATETIME(6)   NOT NULL,
  lock_owner          VARCHAR(100)  NULL,
  lock_token          VARCHAR(36)   NULL,
  locked_until        DATETIME(6)   NULL,
  last_started_at     DATETIME(6)   NULL,
  last_finished_at    DATETIME(6)   NULL,
  last_outcome        VARCHAR(20)   NULL,
  last_message        VARCHAR(2000) NULL,
  run_count           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recurring_job_due ON recurring_job (next_run_at);

CREATE TABLE recurring_job_run (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  job_name      VARCHAR(80)   NOT NULL,
  node          VARCHAR(100)  NOT NULL,
  scheduled_at  DATETIME(6)   NOT NULL,
  started_at    DATETIME(6)   NOT NULL,
  finished_at   DATETIME(6)   NULL,
  outcome       VARCHAR(20)   NULL,
  message       VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_recurring_job_run_job FOREIGN KEY (job_name) REFERENCES recurring_job (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_recurring_job_run_job ON recurring_job_run (job_name, id);
