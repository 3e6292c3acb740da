package vn.motcua.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment gateway and the fee's time limits ({@code motcua.payment.*}). Without a gateway URL the portal uses its
 * own sandbox gateway ({@code motcua.payment.sandbox}, on by default in the demo) at {@link #SANDBOX_PAY_PATH}, with
 * {@link #SANDBOX_SECRET}; the return page defaults to {@link #RETURN_PATH}. Relative addresses are resolved against
 * the address the citizen reached the portal at.
 */
@ApplicationScoped
public class PaymentSettings {

    public static final String SANDBOX_PAY_PATH = "/sandbox/gateway/pay.xhtml";
    public static final String RETURN_PATH = "/citizen/payment-return.xhtml";
    public static final String SANDBOX_TMN_CODE = "MOTCUA01";
    /** The sandbox's published test secret: never a real merchant's. */
    public static final String SANDBOX_SECRET = "MOTCUASANDBOXSECRETKEY0123456789";

    @Inject
    @ConfigProperty(name = "motcua.payment.sandbox")
    Optional<Boolean> sandbox;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "motcua.payment.gateway-url")
    Optional<String> gatewayUrl;

    @Inject
    @ConfigProperty(name = "motcua.payment.tmn-code")
    Optional<String> tmnCode;

    @Inject
    @ConfigProperty(name = "motcua.payment.hash-secret")
    Optional<String> hashSecret;

    @Inject
    @ConfigProperty(name = "motcua.payment.return-url")
    Optional<String> returnUrl;

    @Inject
    @ConfigProperty(name = "motcua.payment.query-url")
    Optional<String> queryUrl;

    @Inject
    @ConfigProperty(name = "motcua.payment.transaction-expiry", defaultValue = "PT15M")
    String transactionExpiry;

    @Inject
    @ConfigProperty(name = "motcua.payment.request-expiry", defaultValue = "P5D")
    String requestExpiry;

    @Inject
    @ConfigProperty(name = "motcua.payment.reconcile-after", defaultValue = "PT10M")
    String reconcileAfter;

    /** Says at start-up how payments are set up (the hash secret as [REDACTED]). */
    void onStart(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class)
                 Object event) {
        java.util.logging.Logger.getLogger(PaymentSettings.class.getName()).info(() -> available() ? toString()
                : toString() + ": online payment is off until MOTCUA_PAYMENT_GATEWAY_URL, MOTCUA_PAYMENT_TMN_CODE and "
                + "MOTCUA_PAYMENT_HASH_SECRET are set (or MOTCUA_PAYMENT_SANDBOX=true)");
    }

    /** Whether the sandbox gateway's pages and query endpoint are served (demo and tests). */
    public boolean sandbox() {
        return sandbox.orElse(demo);
    }

    /** Whether online payment can be offered: a real gateway is configured, or the sandbox plays it. */
    public boolean available() {
        return sandbox() || (!text(gatewayUrl).isBlank() && !text(tmnCode).isBlank() && !text(hashSecret).isBlank());
    }

    public String gatewayUrl() {
        return text(gatewayUrl).isBlank() ? SANDBOX_PAY_PATH : text(gatewayUrl);
    }

    public String tmnCode() {
        return text(tmnCode).isBlank() ? SANDBOX_TMN_CODE : text(tmnCode);
    }

    public String hashSecret() {
        if (text(hashSecret).isBlank()) {
            if (!sandbox()) {
                throw new IllegalStateException("motcua.payment.hash-secret (MOTCUA_PAYMENT_HASH_SECRET) is required "
                        + "when the sandbox gateway is off");
            }
            return SANDBOX_SECRET;
        }
        return hashSecret.get();
    }

    public String returnUrl() {
        return text(returnUrl).isBlank() ? RETURN_PATH : text(returnUrl);
    }

    /** The gateway's querydr address; blank means the sandbox answers in-process. */
    public String queryUrl() {
        return text(queryUrl);
    }

    /** How long a gateway transaction may take (vnp_ExpireDate). */
    public Duration transactionExpiry() {
        return Duration.parse(transactionExpiry);
    }

    /** How long the applicant has to pay, from filing and again from the desk's acceptance (the dossier's due). */
    public Duration requestExpiry() {
        return Duration.parse(requestExpiry);
    }

    /** How long after a transaction started reconciliation asks the gateway about it. */
    public Duration reconcileAfter() {
        return Duration.parse(reconcileAfter);
    }

    private static String text(Optional<String> value) {
        return value == null ? "" : value.map(String::strip).orElse("");
    }

    @Override
    public String toString() {
        return "PaymentSettings[sandbox=" + sandbox() + ", gatewayUrl=" + gatewayUrl() + ", tmnCode=" + tmnCode()
                + ", hashSecret=" + (text(hashSecret).isBlank() ? "" : "[REDACTED]") + ", returnUrl=" + returnUrl()
                + ", queryUrl=" + queryUrl() + ", transactionExpiry=" + transactionExpiry + ", requestExpiry="
                + requestExpiry + ", reconcileAfter=" + reconcileAfter + "]";
    }
}
