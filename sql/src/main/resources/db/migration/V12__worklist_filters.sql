-- Worklist filters, sorting and paging served from our own tables (work_item joined with dossier and the control
-- sheet's dossier_step for the step's due time), and the filters an official saves to apply again later.

-- Filter by step and sort by the dossier's receipt; the step's own due time is read through its task id (unique).
CREATE INDEX ix_work_item_step ON work_item (step_key, id);
CREATE INDEX ix_work_item_unit_assignee ON work_item (unit_code, assignee, id);
CREATE INDEX ix_dossier_received ON dossier (received_at, id);
CREATE INDEX ix_dossier_applicant_name ON dossier (applicant_name);
CREATE INDEX ix_dossier_step_due ON dossier_step (due_at);

-- A worklist filter saved by an official under a name of their own (unique per account).
CREATE TABLE saved_worklist_filter (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  account_id      BIGINT        NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  scope           VARCHAR(20)   NOT NULL,
  step_key        VARCHAR(100)  NULL,
  procedure_code  VARCHAR(40)   NULL,
  search_text     VARCHAR(100)  NULL,
  state           VARCHAR(20)   NULL,
  sort_by         VARCHAR(20)   NOT NULL,
  descending      BOOLEAN       NOT NULL,
  page_size       INT           NOT NULL,
  saved_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_saved_worklist_filter_name UNIQUE (account_id, name),
  CONSTRAINT fk_saved_worklist_filter_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
