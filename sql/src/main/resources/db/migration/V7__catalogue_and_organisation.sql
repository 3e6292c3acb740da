-- Catalogue and organisation as data a province maintains.
-- Organisation: every unit is effective-dated, names its source, says whether its agency code was found in a
-- public source, and links to its successor(s) when it closes (mergers, the 2025 two-tier reform). Desks are the
-- one-stop reception points of a unit. Officials can name a stand-in for a period.
-- Catalogue: each procedure version carries everything a dossier is filed under: processing times per channel,
-- fees, components, cut-off and supplement rules, the step template with per-step allocations, result, legal basis,
-- source and the list of facts that could not be verified.

ALTER TABLE org_unit ADD COLUMN short_name VARCHAR(120) NULL;
ALTER TABLE org_unit ADD COLUMN address VARCHAR(500) NULL;
ALTER TABLE org_unit ADD COLUMN code_verified BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE org_unit ADD COLUMN source VARCHAR(1000) NULL;
ALTER TABLE org_unit ADD COLUMN row_version INT NOT NULL DEFAULT 0;
CREATE INDEX ix_org_unit_level_validity ON org_unit (unit_level, valid_from, valid_to);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE org_unit_succession (
  predecessor_id BIGINT        NOT NULL,
  successor_id   BIGINT        NOT NULL,
  effective_on   DATE          NOT NULL,
  note           VARCHAR(500)  NULL,
  PRIMARY KEY (predecessor_id, successor_id),
  CONSTRAINT fk_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES org_unit (id),
  CONSTRAINT fk_succession_successor FOREIGN KEY (successor_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_succession_successor ON org_unit_succession (successor_id);

CREATE TABLE service_desk (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  unit_id     BIGINT        NOT NULL,
  name        VARCHAR(255)  NOT NULL,
  address     VARCHAR(500)  NULL,
  phone       VARCHAR(40)   NULL,
  valid_from  DATE          NOT NULL,
  valid_to    DATE          NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_service_desk_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_service_desk_unit ON service_desk (unit_id);

ALTER TABLE user_account ADD COLUMN position_title VARCHAR(255) NULL;

CREATE TABLE stand_in (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  absent_account_id  BIGINT        NOT NULL,
  stand_in_account_id BIGINT       NOT NULL,
  valid_from         DATE          NOT NULL,
  valid_to           DATE          NOT NULL,
  reason             VARCHAR(500)  NOT NULL,
  created_by         VARCHAR(100)  NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  revoked_at         DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_stand_in_absent FOREIGN KEY (absent_account_id) REFERENCES user_account (id),
  CONSTRAINT fk_stand_in_deputy FOREIGN KEY (stand_in_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_stand_in_absent ON stand_in (absent_account_id, valid_from);
CREATE INDEX ix_stand_in_deputy ON stand_in (stand_in_account_id, valid_from);

ALTER TABLE procedure_def ADD COLUMN search_text VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE procedure_def ADD COLUMN channels VARCHAR(60) NOT NULL DEFAULT 'DIRECT,ONLINE,POSTAL';
ALTER TABLE procedure_def ADD COLUMN source VARCHAR(1000) NULL;
ALTER TABLE procedure_def ADD COLUMN unverified VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE procedure_def ADD COLUMN row_version INT NOT NULL DEFAULT 0;
CREATE INDEX ix_procedure_def_field ON procedure_def (field_name);

ALTER TABLE procedure_version ADD COLUMN competent_authority VARCHAR(500) NULL;
ALTER TABLE procedure_version ADD COLUMN competent_units VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE procedure_version ADD COLUMN time_note VARCHAR(1000) NULL;
ALTER TABLE procedure_version ADD COLUMN cut_off VARCHAR(30) NOT NULL DEFAULT 'NONE';
ALTER TABLE procedure_version ADD COLUMN supplement_policy VARCHAR(20) NOT NULL DEFAULT 'RESTART';
ALTER TABLE procedure_version ADD COLUMN supplement_days INT NULL;
ALTER TABLE procedure_version ADD COLUMN result_type VARCHAR(30) NOT NULL DEFAULT 'PAPER_AND_ELECTRONIC';
ALTER TABLE procedure_version ADD COLUMN source VARCHAR(1000) NULL;
ALTER TABLE procedure_version ADD COLUMN unverified VARCHAR(500) NOT NULL DEFAULT '';
CREATE INDEX ix_procedure_version_validity ON procedure_version (procedure_id, valid_from, valid_to);

-- Processing time per channel; the version's own duration applies to channels without a row.
CREATE TABLE procedure_time (
  version_id     BIGINT       NOT NULL,
  channel        VARCHAR(20)  NOT NULL,
  duration_value INT          NOT NULL,
  duration_unit  VARCHAR(20)  NOT NULL,
  PRIMARY KEY (version_id, channel),
  CONSTRAINT fk_procedure_time_version FOREIGN KEY (version_id) REFERENCES procedure_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedure_fee (
  version_id     BIGINT        NOT NULL,
  position       INT           NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  description    VARCHAR(500)  NOT NULL,
  amount         BIGINT        NOT NULL,
  online_amount  BIGINT        NULL,
  exemption      VARCHAR(1000) NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_procedure_fee_version FOREIGN KEY (version_id) REFERENCES procedure_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE procedure_component (
  version_id      BIGINT        NOT NULL,
  position        INT           NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  requirement     VARCHAR(20)   NOT NULL,
  originals       INT           NOT NULL DEFAULT 0,
  copies          INT           NOT NULL DEFAULT 0,
  replaceable_by  VARCHAR(255)  NULL,
  template_name   VARCHAR(500)  NULL,
  template_document_id BIGINT   NULL,
  accepted_types  VARCHAR(200)  NOT NULL DEFAULT 'application/pdf,image/jpeg,image/png',
  max_size_kb     INT           NOT NULL DEFAULT 10240,
  min_pages       INT           NOT NULL DEFAULT 1,
  max_pages       INT           NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT fk_procedure_component_version FOREIGN KEY (version_id) REFERENCES procedure_version (id),
  CONSTRAINT fk_procedure_component_template FOREIGN KEY (template_document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The step template: the routing model's steps with their allocation in working hours (1 working day = 8 h);
-- for a procedure counted in working time the allocations add up to its legal time.
CREATE TABLE procedure_step (
  version_id      BIGINT        NOT NULL,
  position        INT           NOT NULL,
  step_key        VARCHAR(100)  NOT NULL,
  name            VARCHAR(255)  NOT NULL,
  role_name       VARCHAR(30)   NOT NULL,
  allocation_hours DECIMAL(8,2) NOT NULL,
  PRIMARY KEY (version_id, position),
  CONSTRAINT uq_procedure_step_key UNIQUE (version_id, step_key),
  CONSTRAINT fk_procedure_step_version FOREIGN KEY (version_id) REFERENCES procedure_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per import run, with its report, so an administrator can see what a file changed and when.
CREATE TABLE catalogue_import (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  imported_at  DATETIME(6)   NOT NULL,
  imported_by  VARCHAR(100)  NOT NULL,
  file_format  VARCHAR(10)   NOT NULL,
  file_sha256  CHAR(64)      NOT NULL,
  added        INT           NOT NULL,
  changed      INT           NOT NULL,
  unchanged    INT           NOT NULL,
  report       TEXT          NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
