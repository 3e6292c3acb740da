-- Foundation schema: organisation units, accounts with unit-scoped roles, procedures with versions,
-- dossiers with their code sequence, history and the worklist index.
-- Written for MySQL 8 / MariaDB 10.11 and run unchanged on H2 in MySQL mode.
-- Instants are stored in UTC (DATETIME(6)); business dates are Asia/Ho_Chi_Minh dates (DATE).

CREATE TABLE org_unit (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  code          VARCHAR(40)  NOT NULL,
  name          VARCHAR(255) NOT NULL,
  unit_level    VARCHAR(20)  NOT NULL,
  parent_id     BIGINT       NULL,
  valid_from    DATE         NOT NULL,
  valid_to      DATE         NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(100) NOT NULL,
  display_name  VARCHAR(255) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  account_kind  VARCHAR(20)  NOT NULL,
  email         VARCHAR(255) NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_user_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE role_assignment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  account_id    BIGINT       NOT NULL,
  role_name     VARCHAR(30)  NOT NULL,
  unit_id       BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_role_assignment UNIQUE (account_id, role_name, unit_id),
  CONSTRAINT fk_role_assignment_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  CONSTRAINT fk_role_assignment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedure_def (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  code            VARCHAR(40)  NOT NULL,
  name            VARCHAR(500) NOT NULL,
  field_name      VARCHAR(255) NOT NULL,
  competent_level VARCHAR(20)  NOT NULL,
  online_level    VARCHAR(20)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_procedure_def_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedure_version (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  procedure_id    BIGINT       NOT NULL,
  version_no      INT          NOT NULL,
  valid_from      DATE         NOT NULL,
  valid_to        DATE         NULL,
  process_key     VARCHAR(100) NOT NULL,
  duration_value  INT          NOT NULL,
  duration_unit   VARCHAR(20)  NOT NULL,
  fee_amount      BIGINT       NOT NULL DEFAULT 0,
  result_name     VARCHAR(255) NOT NULL,
  legal_basis     VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_procedure_version UNIQUE (procedure_id, version_no),
  CONSTRAINT fk_procedure_version_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_code_sequence (
  agency_code   VARCHAR(40)  NOT NULL,
  sequence_day  DATE         NOT NULL,
  last_value    INT          NOT NULL,
  PRIMARY KEY (agency_code, sequence_day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  code                  VARCHAR(60)  NOT NULL,
  procedure_version_id  BIGINT       NOT NULL,
  receiving_unit_id     BIGINT       NOT NULL,
  applicant_account_id  BIGINT       NULL,
  applicant_name        VARCHAR(255) NOT NULL,
  applicant_personal_id VARCHAR(12)  NULL,
  applicant_phone       VARCHAR(20)  NULL,
  applicant_email       VARCHAR(255) NULL,
  channel               VARCHAR(20)  NOT NULL,
  status                VARCHAR(30)  NOT NULL,
  national_status       SMALLINT     NOT NULL,
  form_data             TEXT         NULL,
  submitted_at          DATETIME(6)  NOT NULL,
  received_at           DATETIME(6)  NULL,
  result_ready_at       DATETIME(6)  NULL,
  returned_at           DATETIME(6)  NULL,
  result_number         VARCHAR(60)  NULL,
  process_instance_id   VARCHAR(64)  NULL,
  row_version           INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_dossier_code UNIQUE (code),
  CONSTRAINT fk_dossier_procedure_version FOREIGN KEY (procedure_version_id) REFERENCES procedure_version (id),
  CONSTRAINT fk_dossier_receiving_unit FOREIGN KEY (receiving_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_dossier_applicant_account FOREIGN KEY (applicant_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dossier_applicant_account ON dossier (applicant_account_id, id);
CREATE INDEX ix_dossier_status ON dossier (status, id);

CREATE TABLE dossier_history (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  dossier_id    BIGINT       NOT NULL,
  action        VARCHAR(40)  NOT NULL,
  from_status   VARCHAR(30)  NULL,
  to_status     VARCHAR(30)  NOT NULL,
  actor         VARCHAR(100) NOT NULL,
  occurred_at   DATETIME(6)  NOT NULL,
  note          VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_dossier_history_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dossier_history_dossier ON dossier_history (dossier_id, id);

-- The worklist index: one row per open user task, kept in the same transaction as the engine's own rows,
-- so worklists never query the engine's tables.
CREATE TABLE work_item (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  task_id             VARCHAR(64)  NOT NULL,
  dossier_id          BIGINT       NOT NULL,
  step_key            VARCHAR(100) NOT NULL,
  unit_code           VARCHAR(40)  NOT NULL,
  role_name           VARCHAR(30)  NOT NULL,
  assignee            VARCHAR(100) NULL,
  created_at          DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_work_item_task UNIQUE (task_id),
  CONSTRAINT fk_work_item_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_work_item_queue ON work_item (unit_code, role_name, id);
CREATE INDEX ix_work_item_assignee ON work_item (assignee, id);
CREATE INDEX ix_work_item_dossier ON work_item (dossier_id);
