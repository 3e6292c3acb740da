-- Dossiers filed on the national public-service portal (DVCQG) and received here, one row per national dossier code
-- (MaHoSo): the unique code is what makes a dossier pushed twice, pushed concurrently, or pushed and then polled
-- appear once. The row is claimed RECEIVING in a short transaction of its own, then completed with our dossier's
-- code in the filing transaction; a filing that fails deletes the claim.
CREATE TABLE national_intake (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  national_code  VARCHAR(60)  NOT NULL,
  state          VARCHAR(20)  NOT NULL,
  source         VARCHAR(10)  NOT NULL,
  dossier_code   VARCHAR(60)  NULL,
  claimed_at     DATETIME(6)  NOT NULL,
  received_at    DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_national_intake_code UNIQUE (national_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_national_intake_dossier ON national_intake (dossier_code);

-- Where the polling of the national portal's outgoing dossiers stands: the cursor the portal gave with its last page.
CREATE TABLE national_intake_cursor (
  source_name  VARCHAR(40)  NOT NULL,
  cursor_value VARCHAR(100) NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (source_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- API keys of partner systems. Only the SHA-256 of the secret is kept; the prefix (shown in lists) finds the row.
-- rate_limit: the key's own requests per rate-limit window, instead of the configured one for keys, when set.
CREATE TABLE api_key (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  key_prefix    VARCHAR(20)   NOT NULL,
  secret_hash   VARCHAR(64)   NOT NULL,
  partner_name  VARCHAR(200)  NOT NULL,
  scopes        VARCHAR(500)  NOT NULL,
  rate_limit    INT           NULL,
  active        BOOLEAN       NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  created_by    VARCHAR(100)  NOT NULL,
  last_used_at  DATETIME(6)   NULL,
  revoked_at    DATETIME(6)   NULL,
  revoked_by    VARCHAR(100)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_key_prefix UNIQUE (key_prefix)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Fixed-window request counters of the API rate limits, shared by every node: one row per client and window.
CREATE TABLE rate_limit_window (
  subject       VARCHAR(150) NOT NULL,
  window_start  BIGINT       NOT NULL,
  hits          INT          NOT NULL,
  PRIMARY KEY (subject, window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_rate_limit_window_start ON rate_limit_window (window_start);
