-- Fees paid online: one payment request per dossier with its lines (phí, lệ phí), the gateway transaction that pays
-- it, its electronic receipt (biên lai điện tử) numbered per agency and year; and the sandbox gateway's own record of
-- the transactions it was asked to pay (demo and tests only).

-- timing: BEFORE (thu trước), AFTER (thu sau) or EXEMPT (đối tượng miễn phí: every line is zero);
-- method: ONLINE, CASH or TRANSFER; status: AWAITING → PAID, UNPAID (expired) or REFUNDED.
-- txn_ref is the merchant's reference of the latest transaction sent to the gateway (vnp_TxnRef), unique; paid_at,
-- gateway_transaction_no and bank_code come from the gateway's confirmation.
CREATE TABLE payment_request (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  dossier_id              BIGINT        NOT NULL,
  dossier_code            VARCHAR(60)   NOT NULL,
  agency_code             VARCHAR(40)   NOT NULL,
  payer_name              VARCHAR(255)  NOT NULL,
  timing                  VARCHAR(10)   NOT NULL,
  method                  VARCHAR(10)   NOT NULL,
  status                  VARCHAR(10)   NOT NULL,
  total                   BIGINT        NOT NULL,
  created_at              DATETIME(6)   NOT NULL,
  expires_at              DATETIME(6)   NOT NULL,
  txn_ref                 VARCHAR(40)   NULL,
  txn_started_at          DATETIME(6)   NULL,
  txn_count               INT           NOT NULL DEFAULT 0,
  last_response_code      VARCHAR(4)    NULL,
  gateway_transaction_no  VARCHAR(40)   NULL,
  bank_code               VARCHAR(20)   NULL,
  paid_at                 DATETIME(6)   NULL,
  receipt_year            INT           NULL,
  receipt_number          INT           NULL,
  row_version             INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_payment_request_dossier UNIQUE (dossier_id),
  CONSTRAINT uq_payment_request_txn UNIQUE (txn_ref),
  CONSTRAINT uq_payment_request_receipt UNIQUE (agency_code, receipt_year, receipt_number),
  CONSTRAINT fk_payment_request_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_payment_request_status ON payment_request (status, txn_started_at);

-- The lines of a request, one per fee of the procedure version: the amount on the online channel, the amount to pay
-- (0 when the applicant declared an exemption, whose ground is then recorded).
CREATE TABLE payment_request_line (
  request_id        BIGINT        NOT NULL,
  position          INT           NOT NULL,
  kind              VARCHAR(20)   NOT NULL,
  description       VARCHAR(500)  NOT NULL,
  amount_due        BIGINT        NOT NULL,
  amount            BIGINT        NOT NULL,
  exemption_ground  VARCHAR(1000) NULL,
  PRIMARY KEY (request_id, position),
  CONSTRAINT fk_payment_request_line FOREIGN KEY (request_id) REFERENCES payment_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Electronic receipt numbers restart from 1 each year in each agency's register, handed out under the row lock of
-- the register row in the settlement's transaction (unique across nodes, gap-free), apart from the paper receipts.
CREATE TABLE payment_receipt_register (
  agency_code   VARCHAR(40)  NOT NULL,
  receipt_year  INT          NOT NULL,
  last_number   INT          NOT NULL,
  PRIMARY KEY (agency_code, receipt_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The sandbox gateway's transactions (motcua.payment.sandbox=true only): what it was asked to pay, the answer the
-- tester chose (response_code 00 paid, 24 cancelled) and whether the IPN was deliberately dropped.
CREATE TABLE sandbox_payment (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  tmn_code        VARCHAR(20)   NOT NULL,
  txn_ref         VARCHAR(40)   NOT NULL,
  amount          BIGINT        NOT NULL,
  order_info      VARCHAR(255)  NOT NULL,
  create_date     VARCHAR(14)   NOT NULL,
  transaction_no  VARCHAR(20)   NOT NULL,
  response_code   VARCHAR(4)    NOT NULL,
  bank_code       VARCHAR(20)   NOT NULL,
  pay_date        VARCHAR(14)   NOT NULL,
  ipn_dropped     BOOLEAN       NOT NULL,
  recorded_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_sandbox_payment_txn UNIQUE (tmn_code, txn_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
