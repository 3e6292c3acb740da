-- Transactional outbox (context integration) and the officials' in-app inbox (context notification).
-- Written for MySQL 8 / MariaDB 10.11 and run unchanged on H2 in MySQL mode. Instants in UTC (DATETIME(6)).

-- One message to deliver to a channel (EMAIL, SMS, INBOX, later DVCQG), written in the same transaction as the
-- change that caused it. The relay delivers the messages of one aggregate and channel in id order: only the oldest
-- PENDING or DEAD message of an (aggregate, channel) stream may be claimed. A claim sets the lease; a lease that runs
-- out (the node died mid-delivery) makes the message claimable again.
CREATE TABLE outbox_message (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  aggregate_type   VARCHAR(40)   NOT NULL,
  aggregate_id     VARCHAR(100)  NOT NULL,
  channel          VARCHAR(20)   NOT NULL,
  message_type     VARCHAR(60)   NOT NULL,
  payload          TEXT          NOT NULL,
  idempotency_key  VARCHAR(150)  NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NOT NULL,
  last_error       VARCHAR(1000) NULL,
  lease_owner      VARCHAR(100)  NULL,
  lease_until      DATETIME(6)   NULL,
  created_at       DATETIME(6)   NOT NULL,
  delivered_at     DATETIME(6)   NULL,
  closed_by        VARCHAR(100)  NULL,
  closed_reason    VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_outbox_message_idempotency_key UNIQUE (idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at, id);
CREATE INDEX ix_outbox_message_stream ON outbox_message (aggregate_type, aggregate_id, channel, status, id);

-- An official's in-app notice (new task, due soon, overdue, returned to you). One row per recipient account; a
-- repeated delivery of the same outbox message is a no-op through the unique (source_key, recipient).
CREATE TABLE inbox_item (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  recipient     VARCHAR(100)  NOT NULL,
  kind          VARCHAR(30)   NOT NULL,
  dossier_code  VARCHAR(60)   NULL,
  step_key      VARCHAR(100)  NULL,
  note          VARCHAR(2000) NULL,
  link          VARCHAR(500)  NULL,
  source_key    VARCHAR(150)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  read_at       DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_inbox_item_source UNIQUE (source_key, recipient)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_inbox_item_recipient ON inbox_item (recipient, read_at, id);
