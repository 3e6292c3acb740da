-- National public-service portal (DVCQG) sync (context integration): the integration log.
-- Written for MySQL 8 / MariaDB 10.11 and run unchanged on H2 in MySQL mode. Instants in UTC (DATETIME(6)).

-- One HTTP exchange with the national portal: a login, a DongBoHoSoMC / CapNhatTienDoHoSoMC delivery or a
-- TraCuuHoSo lookup of the reconciliation. Bodies are kept truncated, with the password and the session token
-- masked. Written outside the use cases' transactions (by the relay and the reconciliation), append-only; the id
-- gives the order.
CREATE TABLE dvcqg_exchange (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at        DATETIME(6)   NOT NULL,
  service            VARCHAR(40)   NOT NULL,
  dossier_code       VARCHAR(60)   NULL,
  idempotency_key    VARCHAR(150)  NULL,
  outbox_message_id  BIGINT        NULL,
  attempt            INT           NULL,
  url                VARCHAR(500)  NOT NULL,
  http_status        INT           NULL,
  outcome            VARCHAR(20)   NOT NULL,
  duration_ms        BIGINT        NOT NULL,
  request_body       TEXT          NULL,
  response_body      TEXT          NULL,
  error              VARCHAR(1000) NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dvcqg_exchange_dossier ON dvcqg_exchange (dossier_code, id);
CREATE INDEX ix_dvcqg_exchange_outcome ON dvcqg_exchange (outcome, id);
