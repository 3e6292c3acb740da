package vn.motcua.payment.application;

/**
 * What the citizen's browser brought back from the gateway, verified: whether the signature holds, whether the
 * gateway says the payment succeeded, and where the request stands now (the return alone never settles it).
 */
public record PaymentReturn(boolean valid, boolean gatewayPaid, String responseCode, String dossierCode,
                            String status) {

    public static PaymentReturn invalid() {
        return new PaymentReturn(false, false, null, null, null);
    }

    /** Paid at the gateway and already settled here. */
    public boolean settled() {
        return valid && "PAID".equals(status);
    }

    /** Paid at the gateway, the confirmation not yet received (the reconciliation will settle it). */
    public boolean pending() {
        return valid && gatewayPaid && !"PAID".equals(status);
    }
}
