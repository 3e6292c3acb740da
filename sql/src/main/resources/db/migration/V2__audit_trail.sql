-- The audit trail: an append-only, hash-chained log of every use case (who, what, when, why).
-- Each entry carries the hash of the previous one; entry_hash is SHA-256 (hex) over a canonical serialisation of
-- all other columns. Sequence numbers are handed out under the row lock of audit_chain_head, which every appender
-- takes inside its use case's transaction, so the chain stays linear and gap-free across nodes.
-- Personal identifiers are masked before they are written here.

CREATE TABLE audit_entry (
  sequence_no    BIGINT        NOT NULL,
  occurred_at    DATETIME(6)   NOT NULL,
  actor_username VARCHAR(100)  NOT NULL,
  actor_kind     VARCHAR(20)   NOT NULL,
  actor_unit     VARCHAR(40)   NULL,
  client_address VARCHAR(64)   NOT NULL,
  action         VARCHAR(40)   NOT NULL,
  object_type    VARCHAR(40)   NOT NULL,
  object_code    VARCHAR(100)  NOT NULL,
  before_summary VARCHAR(1000) NULL,
  after_summary  VARCHAR(1000) NULL,
  reason         VARCHAR(2000) NULL,
  previous_hash  CHAR(64)      NOT NULL,
  entry_hash     CHAR(64)      NOT NULL,
  PRIMARY KEY (sequence_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_code, sequence_no);

-- One row: the last sequence number and hash of the chain. Appenders lock it (SELECT ... FOR UPDATE).
CREATE TABLE audit_chain_head (
  id             INT          NOT NULL,
  last_sequence  BIGINT       NOT NULL,
  last_hash      CHAR(64)     NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
