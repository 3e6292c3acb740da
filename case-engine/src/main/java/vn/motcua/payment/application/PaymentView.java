package vn.motcua.payment.application;

import java.time.Instant;
import java.util.List;

/** A dossier's payment request as the citizen's payment page and the API show it. */
public record PaymentView(String dossierCode, String procedureName, List<Line> lines, long total, String timing,
                          String method, String status, Instant expiresAt, String txnRef, String lastResponseCode,
                          String gatewayTransactionNo, Instant paidAt, String receiptNumber, boolean payableOnline) {

    public PaymentView {
        lines = List.copyOf(lines);
    }

    /** One fee: PHI or LE_PHI, what for, its amount on the online channel, what is to be paid, the exemption. */
    public record Line(String kind, String description, long amountDue, long amount, String exemptionGround) {
    }

    public boolean paid() {
        return "PAID".equals(status);
    }

    /** Whether the latest attempt at the gateway failed or was cancelled (the request still awaits payment). */
    public boolean lastAttemptFailed() {
        return "AWAITING".equals(status) && lastResponseCode != null && !"00".equals(lastResponseCode);
    }
}
