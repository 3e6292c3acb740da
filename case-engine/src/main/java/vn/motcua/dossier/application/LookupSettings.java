package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public lookup's throttle: after {@code motcua.lookup.max-failures} failed tries (default 10) for one dossier code
 * within {@code motcua.lookup.window} (default 15 minutes), every try for that code is refused for
 * {@code motcua.lookup.lockout} (default 15 minutes) from the failure that reached the limit. One client address may
 * fail {@code motcua.lookup.max-failures-per-address} times (default 50) in the window, whatever the codes.
 */
@ApplicationScoped
public class LookupSettings {

    @Inject
    @ConfigProperty(name = "motcua.lookup.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "motcua.lookup.max-failures-per-address", defaultValue = "50")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "motcua.lookup.window", defaultValue = "PT15M")
    String window;

    @Inject
    @ConfigProperty(name = "motcua.lookup.lockout", defaultValue = "PT15M")
    String lockout;

    public LookupSettings() {
    }

    /** Settings given directly (tests). */
    public LookupSettings(int maxFailures, int maxFailuresPerAddress, Duration window, Duration lockout) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window.toString();
        this.lockout = lockout.toString();
    }

    public int maxFailures() {
        return maxFailures;
    }

    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public Duration window() {
        return Duration.parse(window);
    }

    public Duration lockout() {
        return Duration.parse(lockout);
    }
}
