package vn.motcua.payment.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The port to a payment gateway: the signed address the citizen's browser is sent to, the verification of what the
 * gateway sends back (the browser's return and the server-to-server notification carry the same signed fields), and
 * the gateway's answer about one transaction, for reconciliation.
 */
public interface PaymentGateway {

    /** One transaction to pay: the merchant's reference, the amount in VND, what for, from where, until when. */
    record Order(String txnRef, long amount, String orderInfo, String clientIp, Instant createdAt, Instant expiresAt,
                 String returnUrl) {
    }

    /**
     * What the gateway says about a transaction.
     *
     * @param amount            in VND (the gateway's figure divided by 100)
     * @param responseCode      {@code 00} when the payment succeeded
     * @param transactionStatus {@code 00} when the transaction succeeded (null when the gateway did not say)
     */
    record Outcome(String txnRef, long amount, String responseCode, String transactionStatus, String transactionNo,
                   String bankCode, Instant payDate) {

        public boolean paid() {
            return "00".equals(responseCode) && (transactionStatus == null || "00".equals(transactionStatus));
        }
    }

    /** The address (with its signed query) the citizen's browser goes to in order to pay. */
    String paymentUrl(Order order, String gatewayBase);

    /** The outcome in signed fields sent back by the gateway, or empty when the signature does not hold. */
    Optional<Outcome> verify(Map<String, String> fields);

    /**
     * Asks the gateway about a transaction it was sent (querydr).
     *
     * @return empty when the gateway does not know the transaction
     * @throws IllegalStateException when the gateway cannot be reached or its answer is not signed correctly
     */
    Optional<Outcome> query(String txnRef, Instant transactionDate, String orderInfo);
}
