-- Exports of the supervision dashboard that are too large to build during a page request: the requester's scope,
-- period and format, the state and progress of the background build, and the finished file in the shared
-- content-addressed file store (the documents folder), downloadable by the requester only.
CREATE TABLE statistics_export (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  requested_by    VARCHAR(100)  NOT NULL,
  requested_at    DATETIME(6)   NOT NULL,
  kind            VARCHAR(30)   NOT NULL,
  format          VARCHAR(10)   NOT NULL,
  group_by        VARCHAR(20),
  unit_code       VARCHAR(40)   NOT NULL,
  level_name      VARCHAR(20),
  field_name      VARCHAR(255),
  procedure_code  VARCHAR(40),
  period_from     DATE          NOT NULL,
  period_to       DATE          NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  progress        INT           NOT NULL,
  runner          VARCHAR(100),
  started_at      DATETIME(6),
  finished_at     DATETIME(6),
  file_name       VARCHAR(255),
  content_type    VARCHAR(100),
  file_sha256     CHAR(64),
  file_size       BIGINT,
  message         VARCHAR(1000),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_statistics_export_requester ON statistics_export (requested_by, id);
CREATE INDEX ix_statistics_export_state ON statistics_export (state, id);
