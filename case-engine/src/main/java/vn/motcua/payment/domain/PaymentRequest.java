package vn.motcua.payment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.ListIndexBase;

/**
 * What the applicant of a dossier owes (yêu cầu thanh toán): one line per fee of the procedure version, the total,
 * when and how it is collected, and how far the payment got.
 *
 * <p>The life cycle of a payment request begins when an online dossier is filed: it awaits payment until it expires.
 * Each time the applicant goes to the gateway a transaction is started with a new merchant reference; a failed or
 * cancelled transaction leaves the request awaiting. The gateway's confirmation (its notification, or the
 * reconciliation's query when the notification was lost) makes it paid, with the gateway's transaction number and the
 * electronic receipt's number; a request still awaiting at its expiry becomes unpaid. A request whose every line is
 * exempt owes nothing and is settled as it is opened. A paid request never changes again except by a refund.
 */
@Entity
@Table(name = "payment_request")
public class PaymentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "dossier_code", nullable = false, length = 60)
    private String dossierCode;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "payer_name", nullable = false)
    private String payerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CollectionTiming timing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PaymentStatus status;

    @Column(nullable = false)
    private long total;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "txn_ref", length = 40)
    private String txnRef;

    @Column(name = "txn_started_at")
    private Instant txnStartedAt;

    @Column(name = "txn_count", nullable = false)
    private int txnCount;

    @Column(name = "last_response_code", length = 4)
    private String lastResponseCode;

    @Column(name = "gateway_transaction_no", length = 40)
    private String gatewayTransactionNo;

    @Column(name = "bank_code", length = 20)
    private String bankCode;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "receipt_year")
    private Integer receiptYear;

    @Column(name = "receipt_number")
    private Integer receiptNumber;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_request_line", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<PaymentLine> lines = new ArrayList<>();

    protected PaymentRequest() {
    }

    /** Opens the request of a dossier for online payment; an all-exempt request owes nothing and is settled now. */
    public static PaymentRequest open(long dossierId, String dossierCode, String agencyCode, String payerName,
                                      List<PaymentLine> lines, Instant at, Instant expiresAt) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a payment request has at least one fee");
        }
        PaymentRequest request = new PaymentRequest();
        request.dossierId = dossierId;
        request.dossierCode = Objects.requireNonNull(dossierCode, "dossier code is required");
        request.agencyCode = Objects.requireNonNull(agencyCode, "agency is required");
        request.payerName = Objects.requireNonNull(payerName, "payer is required");
        request.lines = new ArrayList<>(lines);
        request.total = lines.stream().mapToLong(PaymentLine::amount).sum();
        request.createdAt = Objects.requireNonNull(at, "time is required");
        request.expiresAt = Objects.requireNonNull(expiresAt, "expiry is required");
        request.method = PaymentMethod.ONLINE;
        if (request.total == 0) {
            request.timing = CollectionTiming.EXEMPT;
            request.status = PaymentStatus.PAID;
            request.paidAt = at;
        } else {
            request.timing = CollectionTiming.BEFORE;
            request.status = PaymentStatus.AWAITING;
        }
        return request;
    }

    /** Whether the applicant still has to pay online. */
    public boolean awaitsPayment() {
        return status == PaymentStatus.AWAITING;
    }

    /**
     * The applicant goes to the gateway: a new transaction with a new merchant reference.
     *
     * @throws IllegalStateException when the request no longer awaits payment or has expired
     */
    public String startTransaction(Instant at) {
        if (!awaitsPayment()) {
            throw new IllegalStateException("payment request of " + dossierCode + " is " + status);
        }
        if (!at.isBefore(expiresAt)) {
            throw new IllegalStateException("payment request of " + dossierCode + " expired at " + expiresAt);
        }
        txnCount++;
        txnRef = "MC" + id + "T" + txnCount;
        txnStartedAt = at;
        lastResponseCode = null;
        return txnRef;
    }

    /** Whether {@code amount} (in VND) is what this request asks for. */
    public boolean asksFor(long amount) {
        return amount == total;
    }

    /** The gateway said the transaction failed or was cancelled: the request still awaits payment. */
    public void transactionFailed(String responseCode) {
        if (awaitsPayment()) {
            lastResponseCode = responseCode;
        }
    }

    /** The gateway confirmed the payment of the current transaction: the request is paid and has its receipt. */
    public void confirmPaid(String transactionNo, String bankCode, Instant paidAt, int receiptYear, int receiptNumber) {
        if (!awaitsPayment()) {
            throw new IllegalStateException("payment request of " + dossierCode + " is " + status);
        }
        if (receiptNumber < 1) {
            throw new IllegalArgumentException("receipt numbers start at 1");
        }
        this.status = PaymentStatus.PAID;
        this.lastResponseCode = "00";
        this.gatewayTransactionNo = transactionNo;
        this.bankCode = bankCode;
        this.paidAt = Objects.requireNonNull(paidAt, "payment time is required");
        this.receiptYear = receiptYear;
        this.receiptNumber = receiptNumber;
    }

    /** The request was not paid before its expiry. */
    public void expire() {
        if (!awaitsPayment()) {
            throw new IllegalStateException("payment request of " + dossierCode + " is " + status);
        }
        status = PaymentStatus.UNPAID;
    }

    /** The electronic receipt's number as printed (seven digits, the year is in the series), or null before payment. */
    public String printedReceiptNumber() {
        return receiptNumber == null ? null : String.format("%07d", receiptNumber);
    }

    /** The receipt's series (ký hiệu biên lai): the portal's letters, the year's two digits, E for electronic. */
    public String receiptSeries() {
        return receiptYear == null ? null : String.format("MC%02dE", receiptYear % 100);
    }

    /**
     * The desk accepted the dossier while it is still to be paid: the applicant has until {@code due}; a request that
     * expired before the acceptance awaits payment again.
     */
    public void payableUntil(Instant due) {
        if (status == PaymentStatus.UNPAID) {
            status = PaymentStatus.AWAITING;
        }
        if (!awaitsPayment()) {
            throw new IllegalStateException("payment request of " + dossierCode + " is " + status);
        }
        expiresAt = Objects.requireNonNull(due, "due time is required");
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getPayerName() {
        return payerName;
    }

    public CollectionTiming getTiming() {
        return timing;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public long getTotal() {
        return total;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getTxnRef() {
        return txnRef;
    }

    public Instant getTxnStartedAt() {
        return txnStartedAt;
    }

    public String getLastResponseCode() {
        return lastResponseCode;
    }

    public String getGatewayTransactionNo() {
        return gatewayTransactionNo;
    }

    public String getBankCode() {
        return bankCode;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Integer getReceiptYear() {
        return receiptYear;
    }

    public List<PaymentLine> getLines() {
        return List.copyOf(lines);
    }
}
