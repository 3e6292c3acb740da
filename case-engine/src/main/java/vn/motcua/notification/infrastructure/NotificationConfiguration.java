package vn.motcua.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The notification settings from MicroProfile Config: the SMTP server ({@code motcua.mail.*}, e.g. environment
 * variables {@code MOTCUA_MAIL_HOST}, {@code MOTCUA_MAIL_PASSWORD}), the folder of template overrides and the
 * portal's public address that messages link to.
 */
@ApplicationScoped
public class NotificationConfiguration {

    @Inject
    @ConfigProperty(name = "motcua.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "motcua.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "motcua.mail.from", defaultValue = "no-reply@motcua.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "motcua.mail.from-name", defaultValue = "Cổng dịch vụ công MotCua")
    String fromName;

    @Inject
    @ConfigProperty(name = "motcua.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "motcua.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "motcua.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "motcua.mail.timeout", defaultValue = "PT30S")
    String timeout;

    @Inject
    @ConfigProperty(name = "motcua.notification.templates-dir")
    Optional<String> templatesDir;

    @Inject
    @ConfigProperty(name = "motcua.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    private volatile NotificationTemplates templates;

    @Produces
    @Dependent
    MailSettings mailSettings() {
        Duration parsed;
        try {
            parsed = Duration.parse(timeout);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("motcua.mail.timeout must be an ISO-8601 duration such as PT30S", e);
        }
        try {
            return new MailSettings(host.orElse(null), port, from, fromName, startTls, username.orElse(null),
                    password.orElse(null), parsed);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The templates, built once (FreeMarker caches the parsed files). */
    public NotificationTemplates templates() {
        NotificationTemplates current = templates;
        if (current == null) {
            current = new NotificationTemplates(templatesDir.filter(s -> !s.isBlank()).map(Path::of));
            templates = current;
        }
        return current;
    }

    /** The portal's public address without a trailing slash. */
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }
}
