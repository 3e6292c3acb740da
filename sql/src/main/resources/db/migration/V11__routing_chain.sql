-- Routing across levels (liên thông). A procedure version may name the chain of levels that handle its dossiers,
-- e.g. 'COMMUNE>DISTRICT>UNIT:000.00.12.H12': received at a commune, then the commune's district on the filing date
-- (skipped when the organisation tree has none on that date, as after the 2025 reform), then a named agency (or the
-- unit that succeeded it). NULL means one level: the receiving unit.
ALTER TABLE procedure_version ADD COLUMN routing_chain VARCHAR(500) NULL;

-- The units planned for a dossier's levels when it was filed, in order, comma-separated; the process routes each
-- step to the unit that acts for a planned unit on the day the step opens.
ALTER TABLE dossier ADD COLUMN route_plan VARCHAR(500) NULL;

-- Which level (1-based) of the dossier's chain an open step and a control-sheet row belong to; NULL for the steps of
-- the receiving desk.
ALTER TABLE work_item ADD COLUMN level_no INT NULL;
ALTER TABLE dossier_step ADD COLUMN level_no INT NULL;

CREATE INDEX ix_dossier_step_unit ON dossier_step (unit_code, dossier_id);

-- Consultations (xin ý kiến): a specialist asks other units for their opinion, each with its own due time and
-- reminder; a unit that stays silent is deemed to give the default outcome when its due time passes.
CREATE TABLE dossier_consultation (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id      BIGINT        NOT NULL,
  unit_code       VARCHAR(40)   NOT NULL,
  requested_by    VARCHAR(100)  NOT NULL,
  requested_at    DATETIME(6)   NOT NULL,
  remind_at       DATETIME(6)   NOT NULL,
  due_at          DATETIME(6)   NOT NULL,
  question        VARCHAR(2000) NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  answer          VARCHAR(2000) NULL,
  answered_by     VARCHAR(100)  NULL,
  answered_at     DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_consultation_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consultation_dossier ON dossier_consultation (dossier_id, unit_code, state);
