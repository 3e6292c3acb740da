-- The legal clock of each dossier as its history of clock events (start, pause, resume, restart, the one extension,
-- finish, stop): due times are derived from it, never set by hand. dossier.due_at (the citizen's due time, extended
-- if there was an extension) and original_due_at (what the law gave) are kept derived for lists and indexes.
CREATE TABLE dossier_clock_event (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id    BIGINT        NOT NULL,
  seq           INT           NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  occurred_at   DATETIME(6)   NOT NULL,
  extended_to   DATETIME(6)   NULL,
  reason        VARCHAR(2000) NULL,
  actor         VARCHAR(100)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dossier_clock_event UNIQUE (dossier_id, seq),
  CONSTRAINT fk_dossier_clock_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE dossier ADD COLUMN original_due_at DATETIME(6) NULL;

-- The electronic process control sheet (form 06): one row per step, opened when the step is handed over to its unit,
-- closed when its holder hands it on, with the step's own due time and how it finished.
CREATE TABLE dossier_step (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id    BIGINT        NOT NULL,
  task_id       VARCHAR(64)   NOT NULL,
  step_key      VARCHAR(100)  NOT NULL,
  unit_code     VARCHAR(40)   NOT NULL,
  role_name     VARCHAR(30)   NOT NULL,
  opened_at     DATETIME(6)   NOT NULL,
  due_at        DATETIME(6)   NULL,
  holder        VARCHAR(100)  NULL,
  finished_at   DATETIME(6)   NULL,
  result        VARCHAR(20)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dossier_step_task UNIQUE (task_id),
  CONSTRAINT fk_dossier_step_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dossier_step_dossier ON dossier_step (dossier_id, id);
CREATE INDEX ix_dossier_step_late ON dossier_step (result, unit_code);
