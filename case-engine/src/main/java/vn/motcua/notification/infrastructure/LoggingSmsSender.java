package vn.motcua.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;

/** Writes text messages to the log instead of sending them, with the phone number masked. */
@ApplicationScoped
public class LoggingSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(LoggingSmsSender.class.getName());

    @Override
    public void send(String phone, String text, String idempotencyKey) {
        LOG.info(() -> "SMS to " + masked(phone) + " [" + idempotencyKey + "]: " + text);
    }

    /** All but the last three digits hidden. */
    static String masked(String phone) {
        if (phone == null || phone.length() <= 3) {
            return "***";
        }
        return "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
