package vn.motcua.notification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxHandler;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.integration.outbox.PermanentDeliveryFailure;
import vn.motcua.notification.domain.EmailPayload;

/**
 * Sends the outbox's e-mails through SMTP with Jakarta Mail. Each e-mail carries its outbox idempotency key twice:
 * as the {@value #IDEMPOTENCY_HEADER} header and inside its Message-ID, so a repeated delivery (after a lease ran
 * out) is recognisable by the receiving side.
 */
@Dependent
public class EmailDelivery implements OutboxHandler {

    public static final String IDEMPOTENCY_HEADER = "X-MotCua-Idempotency-Key";

    private static final Logger LOG = Logger.getLogger(EmailDelivery.class.getName());

    private final MailSettings settings;
    private final Clock clock;
    private final Session session;

    @Inject
    public EmailDelivery(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        Properties properties = new Properties();
        if (settings.sends()) {
            properties.put("mail.transport.protocol", "smtp");
            properties.put("mail.smtp.host", settings.host());
            properties.put("mail.smtp.port", String.valueOf(settings.port()));
            properties.put("mail.smtp.auth", String.valueOf(settings.username() != null));
            properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
            String millis = String.valueOf(settings.timeout().toMillis());
            properties.put("mail.smtp.connectiontimeout", millis);
            properties.put("mail.smtp.timeout", millis);
            properties.put("mail.smtp.writetimeout", millis);
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.EMAIL;
    }

    @Override
    public void deliver(OutboxMessage message) throws MessagingException {
        EmailPayload email = EmailPayload.fromJson(message.payload());
        InternetAddress to;
        try {
            to = new InternetAddress(email.to(), true);
        } catch (AddressException e) {
            throw new PermanentDeliveryFailure("the recipient is not a valid e-mail address", e);
        }
        if (!settings.sends()) {
            LOG.info(() -> "No SMTP host configured (motcua.mail.host): e-mail \"" + email.subject() + "\" to "
                    + masked(email.to()) + " written to the log only [" + message.idempotencyKey() + "]");
            return;
        }
        MimeMessage mime = new KeyedMimeMessage(session, messageId(message.idempotencyKey(), settings.from()));
        try {
            mime.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        mime.setRecipient(MimeMessage.RecipientType.TO, to);
        mime.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        mime.setText(email.text(), StandardCharsets.UTF_8.name());
        mime.setHeader(IDEMPOTENCY_HEADER, message.idempotencyKey());
        mime.setSentDate(Date.from(clock.instant()));
        if (settings.username() != null) {
            Transport.send(mime, settings.username(), settings.password());
        } else {
            Transport.send(mime);
        }
    }

    /**
     * A Message-ID made of the idempotency key and the sender's domain. Characters a Message-ID may not hold are
     * written as {@code =XX}, so different keys always give different ids.
     */
    static String messageId(String idempotencyKey, String from) {
        StringBuilder id = new StringBuilder("<");
        for (char c : idempotencyKey.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == '_') {
                id.append(c);
            } else {
                id.append('=').append(String.format("%02X", (int) c & 0xFF));
            }
        }
        return id.append('@').append(from.substring(from.lastIndexOf('@') + 1).replace(">", "")).append('>')
                .toString();
    }

    /** An e-mail address with the local part hidden but its first letter, for logs. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    /** A MIME message whose Message-ID is ours rather than a random one. */
    private static final class KeyedMimeMessage extends MimeMessage {

        private final String messageId;

        KeyedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
