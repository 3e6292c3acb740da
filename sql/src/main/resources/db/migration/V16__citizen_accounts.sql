-- Citizen accounts: registration with e-mail verification, password reset, the profile a filing is prefilled from,
-- sign-in through an external OpenID Connect provider (the national e-ID) and authorisations to act for someone else.
-- Existing accounts (officials, the demo citizens) count as verified.
ALTER TABLE user_account ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE user_account ADD COLUMN party_type VARCHAR(20) NULL;
ALTER TABLE user_account ADD COLUMN personal_id VARCHAR(12) NULL;
ALTER TABLE user_account ADD COLUMN tax_code VARCHAR(14) NULL;
ALTER TABLE user_account ADD COLUMN phone VARCHAR(20) NULL;
ALTER TABLE user_account ADD COLUMN address VARCHAR(500) NULL;

CREATE INDEX ix_user_account_email ON user_account (email);

-- One-time links sent by e-mail (verify the address, reset the password): only the SHA-256 of the token is kept.
CREATE TABLE account_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  account_id  BIGINT       NOT NULL,
  purpose     VARCHAR(20)  NOT NULL,
  token_hash  VARCHAR(64)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An account linked to an external identity: the provider (issuer) and the subject it gives the person.
CREATE TABLE external_login (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  account_id  BIGINT       NOT NULL,
  issuer      VARCHAR(255) NOT NULL,
  subject     VARCHAR(255) NOT NULL,
  linked_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_external_login UNIQUE (issuer, subject),
  CONSTRAINT fk_external_login_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A citizen may act for another person or an organisation under an authorisation document (giấy ủy quyền).
CREATE TABLE citizen_authorisation (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  account_id        BIGINT       NOT NULL,
  party_type        VARCHAR(20)  NOT NULL,
  party_name        VARCHAR(255) NOT NULL,
  party_identifier  VARCHAR(14)  NOT NULL,
  document_id       BIGINT       NOT NULL,
  valid_from        DATE         NOT NULL,
  valid_to          DATE         NULL,
  created_at        DATETIME(6)  NOT NULL,
  revoked_at        DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_citizen_authorisation_account FOREIGN KEY (account_id) REFERENCES user_account (id),
  CONSTRAINT fk_citizen_authorisation_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_citizen_authorisation_account ON citizen_authorisation (account_id, id);
