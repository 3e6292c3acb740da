-- Signed results. Each issuing agency keeps one register of document numbers per year ("sổ đăng ký văn bản đi"):
-- numbers are handed out under the row lock of the register row inside the issuing use case's transaction, so they
-- are unique across nodes and gap-free (a rolled-back issuance gives its number back).
CREATE TABLE document_number_register (
  agency_code   VARCHAR(40)  NOT NULL,
  register_year INT          NOT NULL,
  last_number   INT          NOT NULL,
  PRIMARY KEY (agency_code, register_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The result of a dossier as a document: rendered and signed by the leader (SIGNED), then numbered and sealed by the
-- agency's clerk (ISSUED). document_id is the current PDF in the document store (the signed, later the sealed one);
-- verification_code is the unguessable key of the public verification page the result's QR code opens.
CREATE TABLE dossier_result (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id        BIGINT        NOT NULL,
  verification_code VARCHAR(40)   NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  title             VARCHAR(500)  NOT NULL,
  agency_code       VARCHAR(40)   NOT NULL,
  agency_name       VARCHAR(255)  NOT NULL,
  document_id       BIGINT        NOT NULL,
  document_sha256   VARCHAR(64)   NOT NULL,
  signed_by         VARCHAR(100)  NOT NULL,
  signer_name       VARCHAR(200)  NOT NULL,
  signer_title      VARCHAR(200)  NULL,
  on_behalf         VARCHAR(100)  NULL,
  signed_at         DATETIME(6)   NOT NULL,
  register_year     INT           NULL,
  document_number   INT           NULL,
  number_symbol     VARCHAR(60)   NULL,
  sealed_by         VARCHAR(100)  NULL,
  issued_at         DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dossier_result_dossier UNIQUE (dossier_id),
  CONSTRAINT uq_dossier_result_verification UNIQUE (verification_code),
  CONSTRAINT uq_dossier_result_number UNIQUE (agency_code, register_year, document_number),
  CONSTRAINT fk_dossier_result_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
  CONSTRAINT fk_dossier_result_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dossier_result_sha ON dossier_result (document_sha256);
