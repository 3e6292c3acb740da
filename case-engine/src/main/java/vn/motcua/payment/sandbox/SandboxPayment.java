package vn.motcua.payment.sandbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A transaction the sandbox gateway was asked to pay, with the answer the tester chose. Written once. */
@Entity
@Table(name = "sandbox_payment")
public class SandboxPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tmn_code", nullable = false, length = 20)
    private String tmnCode;

    @Column(name = "txn_ref", nullable = false, length = 40)
    private String txnRef;

    /** As the gateway counts it: VND × 100. */
    @Column(nullable = false)
    private long amount;

    @Column(name = "order_info", nullable = false)
    private String orderInfo;

    @Column(name = "create_date", nullable = false, length = 14)
    private String createDate;

    @Column(name = "transaction_no", nullable = false, length = 20)
    private String transactionNo;

    @Column(name = "response_code", nullable = false, length = 4)
    private String responseCode;

    @Column(name = "bank_code", nullable = false, length = 20)
    private String bankCode;

    @Column(name = "pay_date", nullable = false, length = 14)
    private String payDate;

    @Column(name = "ipn_dropped", nullable = false)
    private boolean ipnDropped;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SandboxPayment() {
    }

    SandboxPayment(String tmnCode, String txnRef, long amount, String orderInfo, String createDate,
                   String transactionNo, String responseCode, String bankCode, String payDate, boolean ipnDropped,
                   Instant recordedAt) {
        this.tmnCode = tmnCode;
        this.txnRef = txnRef;
        this.amount = amount;
        this.orderInfo = orderInfo;
        this.createDate = createDate;
        this.transactionNo = transactionNo;
        this.responseCode = responseCode;
        this.bankCode = bankCode;
        this.payDate = payDate;
        this.ipnDropped = ipnDropped;
        this.recordedAt = recordedAt;
    }

    public String getTmnCode() {
        return tmnCode;
    }

    public String getTxnRef() {
        return txnRef;
    }

    public long getAmount() {
        return amount;
    }

    public String getOrderInfo() {
        return orderInfo;
    }

    public String getTransactionNo() {
        return transactionNo;
    }

    public String getResponseCode() {
        return responseCode;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getPayDate() {
        return payDate;
    }

    public boolean isIpnDropped() {
        return ipnDropped;
    }
}
