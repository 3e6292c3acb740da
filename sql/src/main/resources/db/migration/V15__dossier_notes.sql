-- Internal notes on a dossier: officials of the units that hold or held it leave a note for each other (never shown
-- to the applicant). Append-only; each note names its author and time.
CREATE TABLE dossier_note (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id  BIGINT        NOT NULL,
  author      VARCHAR(100)  NOT NULL,
  unit_code   VARCHAR(40)   NULL,
  written_at  DATETIME(6)   NOT NULL,
  body        VARCHAR(2000) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_dossier_note_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dossier_note_dossier ON dossier_note (dossier_id, id);
