package vn.motcua.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The real SMTP server the portal under test sends its e-mails to: GreenMail on the port Maven reserved
 * ({@code it.smtp.port}, also given to the portal as {@code motcua.mail.port}). Started once per test run, before the
 * first server is deployed ({@link CompleteServletMetadata}); it keeps every message, so tests look for theirs by
 * recipient and subject.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The newest message to a recipient whose subject contains the text, waiting for it to arrive. */
    public static Message await(String recipient, String subjectPart, Duration timeout) {
        Message[] found = new Message[1];
        Waits.until("an e-mail to " + recipient + " with \"" + subjectPart + "\"", timeout, () -> {
            found[0] = find(recipient, subjectPart).orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    /** The text of a plain-text message, decoded (Vietnamese arrives quoted-printable or base64). */
    public static String body(Message message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(message);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Message> find(String recipient, String subjectPart) {
        Message[] messages = get().getReceivedMessages();
        for (int i = messages.length - 1; i >= 0; i--) {
            try {
                Message message = messages[i];
                boolean toRecipient = Arrays.stream(message.getAllRecipients())
                        .anyMatch(address -> address.toString().contains(recipient));
                if (toRecipient && message.getSubject() != null && message.getSubject().contains(subjectPart)) {
                    return Optional.of(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }
}
