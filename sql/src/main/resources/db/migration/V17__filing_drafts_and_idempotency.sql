-- Online filing by a citizen: drafts saved at every step of the guided form, idempotency keys so that a repeated
-- submit (a double click, a retry after a timeout) files one dossier, and what the filing stores on the dossier.

-- A dossier being prepared by a citizen: the procedure, the answers given so far (JSON: receiving unit, applicant,
-- on-behalf party, procedure fields, return method, postal address), the document chosen for each component
-- (JSON: component position -> document id and whether it was uploaded or reused) and the last step reached.
-- Removed when the dossier is submitted or when the citizen deletes it.
CREATE TABLE filing_draft (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  owner_account   BIGINT        NOT NULL,
  procedure_code  VARCHAR(40)   NOT NULL,
  answers         TEXT          NOT NULL,
  components      TEXT          NOT NULL,
  step_reached    INT           NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_filing_draft_owner FOREIGN KEY (owner_account) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_filing_draft_owner ON filing_draft (owner_account, updated_at);

-- One submit of a dossier by one account under one key (the Idempotency-Key header, or the draft id for the web
-- form). The first request inserts the row IN_FLIGHT in a transaction of its own; the unique (owner, key) makes
-- any concurrent duplicate fail its insert. The filing transaction completes the row with the dossier code and the
-- response (status and JSON body) that every later duplicate receives again. request_hash tells a retry of the same
-- request from another request under the same key. A filing refused with a 4xx deletes the row so that a corrected
-- retry can use the key. Rows older than the retention (24 h) are deleted lazily.
CREATE TABLE idempotency_key (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  owner_account    BIGINT        NOT NULL,
  idem_key         VARCHAR(100)  NOT NULL,
  request_hash     VARCHAR(64)   NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  dossier_code     VARCHAR(60)   NULL,
  response_status  INT           NULL,
  response_body    TEXT          NULL,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_idempotency_key UNIQUE (owner_account, idem_key),
  CONSTRAINT ck_idempotency_state CHECK (state IN ('IN_FLIGHT', 'COMPLETED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);

-- Where a component of a dossier came from: COUNTER (scanned at the desk), UPLOAD (uploaded while filing online) or
-- REUSE (a document of the citizen's own store, uploaded earlier or issued to them).
ALTER TABLE dossier_component ADD COLUMN provenance VARCHAR(20) NULL;

-- How the applicant asked to receive the result when filing online (ONLINE, AT_DESK, BY_POST) and, by post, where.
ALTER TABLE dossier ADD COLUMN requested_return VARCHAR(20) NULL;
ALTER TABLE dossier ADD COLUMN postal_address VARCHAR(500) NULL;
