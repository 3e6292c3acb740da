package vn.motcua.notification.infrastructure;

import java.time.Duration;
import java.util.Objects;

/**
 * The SMTP server the portal sends through ({@code motcua.mail.*}). Without a host, each e-mail's subject and masked
 * recipient are written to the log instead of being sent (the one-command demo has no mail server).
 */
public record MailSettings(String host, int port, String from, String fromName, boolean startTls, String username,
                           String password, Duration timeout) {

    public MailSettings {
        host = host == null || host.isBlank() ? null : host.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("motcua.mail.port must be a TCP port, was " + port);
        }
        if (from == null || !from.contains("@")) {
            throw new IllegalArgumentException("motcua.mail.from must be an e-mail address, was " + from);
        }
        Objects.requireNonNull(timeout, "motcua.mail.timeout is required");
        username = username == null || username.isBlank() ? null : username;
    }

    public boolean sends() {
        return host != null;
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", from=" + from + ", startTls=" + startTls
                + ", username=" + username + ", password=" + (password == null || password.isEmpty() ? "" : "[REDACTED]")
                + ", timeout=" + timeout + "]";
    }
}
