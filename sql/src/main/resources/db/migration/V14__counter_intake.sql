-- Counter intake of a paper dossier: the components as the desk received and digitised them, and the fees paid at
-- the counter with their receipt (biên lai thu phí, lệ phí).

-- One row per component of a dossier received at the counter, in the procedure version's order. form is how the
-- paper came (ORIGINAL bản chính, COPY bản sao, CERTIFIED_COPY bản sao chứng thực, ELECTRONIC bản điện tử);
-- document_id is its scan in the document store, NULL for a paper only shown at the desk; page_count is the number
-- of scanned pages (TT 01/2023: as many images as pages). originals_checked_by/_at record who compared the originals
-- with the scans, for procedures only partly online.
CREATE TABLE dossier_component (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id            BIGINT        NOT NULL,
  position              INT           NOT NULL,
  name                  VARCHAR(1000) NOT NULL,
  form                  VARCHAR(20)   NOT NULL,
  document_id           BIGINT        NULL,
  page_count            INT           NULL,
  originals_checked_by  VARCHAR(100)  NULL,
  originals_checked_at  DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_dossier_component UNIQUE (dossier_id, position),
  CONSTRAINT fk_dossier_component_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
  CONSTRAINT fk_dossier_component_document FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dossier_component_document ON dossier_component (document_id);

-- Receipt numbers restart from 1 each year in each agency's register. Numbers are handed out under the row lock of
-- the register row inside the intake's transaction, so they are unique across nodes and gap-free (a refused intake
-- gives its number back), as for document_number_register.
CREATE TABLE fee_receipt_register (
  agency_code   VARCHAR(40)  NOT NULL,
  receipt_year  INT          NOT NULL,
  last_number   INT          NOT NULL,
  PRIMARY KEY (agency_code, receipt_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A receipt of fees paid at the counter for a dossier: its number in the agency's register of the year, the total,
-- who paid, who collected and when.
CREATE TABLE fee_receipt (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id      BIGINT        NOT NULL,
  agency_code     VARCHAR(40)   NOT NULL,
  receipt_year    INT           NOT NULL,
  receipt_number  INT           NOT NULL,
  total           BIGINT        NOT NULL,
  payer_name      VARCHAR(255)  NOT NULL,
  collected_by    VARCHAR(100)  NOT NULL,
  collected_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_fee_receipt_number UNIQUE (agency_code, receipt_year, receipt_number),
  CONSTRAINT fk_fee_receipt_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_fee_receipt_dossier ON fee_receipt (dossier_id);

-- The lines of a receipt, one per fee of the procedure version: the amount due, the amount paid (0 when the desk
-- recorded an exemption, with its reason).
CREATE TABLE fee_receipt_line (
  receipt_id        BIGINT        NOT NULL,
  position          INT           NOT NULL,
  kind              VARCHAR(20)   NOT NULL,
  description       VARCHAR(500)  NOT NULL,
  amount_due        BIGINT        NOT NULL,
  amount_paid       BIGINT        NOT NULL,
  exemption_reason  VARCHAR(1000) NULL,
  PRIMARY KEY (receipt_id, position),
  CONSTRAINT fk_fee_receipt_line_receipt FOREIGN KEY (receipt_id) REFERENCES fee_receipt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
