-- Document store: one row per stored upload or rendered document. The bytes are not in the database: they are a
-- file named by their SHA-256 under the document root (motcua.documents.root), so identical content is kept once
-- and shared by all its rows. A file without a row (a transaction that rolled back after the file was written) is
-- a harmless orphan; a row always has its file.

CREATE TABLE document (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  sha256              VARCHAR(64)  NOT NULL,
  size_bytes          BIGINT       NOT NULL,
  media_type          VARCHAR(100) NOT NULL,
  page_count          INT          NULL,
  original_name       VARCHAR(255) NOT NULL,
  purpose             VARCHAR(30)  NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  created_by          VARCHAR(100) NOT NULL,
  created_by_account  BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_document_account FOREIGN KEY (created_by_account) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_document_sha256 ON document (sha256);
CREATE INDEX ix_document_account ON document (created_by_account, id);
