-- Failed public lookups (a dossier code with a wrong second factor, or an unknown code), one row each, so that every
-- node of a cluster counts them together: after too many failures for one code (or from one client address) within
-- the window, further tries are refused for a while. Rows older than a day are deleted as new failures arrive.
CREATE TABLE lookup_failure (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  subject    VARCHAR(120) NOT NULL,
  failed_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_lookup_failure_subject ON lookup_failure (subject, failed_at, id);

-- The documents an applicant handed in online to answer a supplement request, one per item asked for.
CREATE TABLE dossier_supplement_document (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id   BIGINT        NOT NULL,
  item         VARCHAR(1000) NOT NULL,
  document_id  BIGINT        NOT NULL,
  provided_by  VARCHAR(100)  NOT NULL,
  provided_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_supplement_document_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_supplement_document_dossier ON dossier_supplement_document (dossier_id, id);

-- The applicant's rating of a dossier at return, once: the 5-level satisfaction, the two satisfaction questions, a
-- comment, and the scored indices computed from the dossier (0/1/2 each: total time, time per agency, contacts with
-- the desk, agencies contacted), with the units and officials who handled it.
CREATE TABLE dossier_rating (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id        BIGINT        NOT NULL,
  rated_by          VARCHAR(100)  NOT NULL,
  rated_at          DATETIME(6)   NOT NULL,
  satisfaction      VARCHAR(30)   NOT NULL,
  convenience       VARCHAR(30)   NOT NULL,
  overall           VARCHAR(30)   NOT NULL,
  comment_text      VARCHAR(2000) NULL,
  score_total_time  SMALLINT      NOT NULL,
  score_agency_time SMALLINT      NOT NULL,
  score_contacts    SMALLINT      NOT NULL,
  score_agencies    SMALLINT      NOT NULL,
  unit_codes        VARCHAR(500)  NOT NULL,
  officials         VARCHAR(1000) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dossier_rating_dossier UNIQUE (dossier_id),
  CONSTRAINT fk_dossier_rating_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
