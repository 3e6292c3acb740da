package vn.motcua.integration.dvcqg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The national-portal sync's settings ({@code motcua.dvcqg.*}; environment variables such as
 * {@code MOTCUA_DVCQG_PASSWORD} map to them). The defaults point at the fake portal the demo serves itself
 * ({@code /api/sandbox/dvcqg}) with its published test account; a real deployment sets the address, the province's
 * dstcode and the credentials it was given ({@code motcua.dvcqg.url}, {@code .dstcode}, {@code .username},
 * {@code .password}). Sync is on in the demo (against its own fake portal under {@code motcua.portal.url}) and
 * wherever {@code motcua.dvcqg.url} is set, unless {@code motcua.dvcqg.sync=false}.
 */
@ApplicationScoped
public class NationalPortalSettings {

    /** The fake portal's test account (not a secret: it only opens the sandbox). */
    public static final String SANDBOX_USERNAME = "motcua-sandbox";
    public static final String SANDBOX_PASSWORD = "sandbox-only-password";

    /** Where the demo serves its fake portal, under {@code motcua.portal.url}. */
    public static final String SANDBOX_PATH = "/api/sandbox/dvcqg";

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sync")
    Optional<Boolean> sync;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "motcua.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.dstcode", defaultValue = "000.00.00.H29")
    String dstcode;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.connect-timeout", defaultValue = "PT5S")
    String connectTimeout;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.request-timeout", defaultValue = "PT20S")
    String requestTimeout;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.reconcile-days", defaultValue = "7")
    int reconcileDays;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Logger.getLogger(NationalPortalSettings.class.getName()).info(() -> syncEnabled()
                ? "National portal sync is on: " + connection()
                : "National portal sync is off (set MOTCUA_DVCQG_URL and the credentials, or MOTCUA_DVCQG_SYNC=true)");
    }

    /**
     * Whether dossier changes are sent to the national portal: {@code motcua.dvcqg.sync} when set, otherwise on in
     * the demo and wherever a portal address is configured.
     */
    public boolean syncEnabled() {
        return sync.orElse(demo || configuredUrl().isPresent());
    }

    private Optional<String> configuredUrl() {
        return url == null ? Optional.empty() : url.map(String::strip).filter(u -> !u.isEmpty());
    }

    /** How many days back the recurring reconciliation looks (by the day dossiers were filed). */
    public int reconcileDays() {
        if (reconcileDays < 1) {
            throw new IllegalStateException("motcua.dvcqg.reconcile-days must be at least 1, was " + reconcileDays);
        }
        return reconcileDays;
    }

    public PortalConnection connection() {
        try {
            String endpoint = configuredUrl().orElseGet(() -> portalUrl.strip().replaceAll("/+$", "") + SANDBOX_PATH);
            return new PortalConnection(URI.create(endpoint), dstcode, credential(username, SANDBOX_USERNAME,
                    "motcua.dvcqg.username (MOTCUA_DVCQG_USERNAME)"), credential(password, SANDBOX_PASSWORD,
                    "motcua.dvcqg.password (MOTCUA_DVCQG_PASSWORD)"),
                    duration("motcua.dvcqg.connect-timeout", connectTimeout),
                    duration("motcua.dvcqg.request-timeout", requestTimeout));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A real portal's account must be configured; the sandbox's is the default only for the sandbox. */
    private String credential(Optional<String> value, String sandboxValue, String name) {
        Optional<String> given = value == null ? Optional.empty() : value.filter(v -> !v.isBlank());
        if (given.isPresent()) {
            return given.get();
        }
        if (configuredUrl().isPresent()) {
            throw new IllegalStateException(name + " is required when motcua.dvcqg.url is set");
        }
        return sandboxValue;
    }

    private static Duration duration(String name, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " must be an ISO-8601 duration such as PT20S, was " + value, e);
        }
    }
}
