package vn.motcua.integration.sandbox;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.integration.dvcqg.NationalPortalSettings;

/**
 * The demo's own fake national portal, served at {@code /api/sandbox/dvcqg} while {@code motcua.dvcqg.sandbox} is on
 * (by default in the demo), with the sandbox account of {@link NationalPortalSettings} and a fault model from
 * {@code motcua.dvcqg.sandbox.*} (no faults by default). Its memory is this node's only.
 */
@ApplicationScoped
public class SandboxNationalPortal {

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sandbox")
    Optional<Boolean> enabled;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sandbox.seed", defaultValue = "20250701")
    long seed;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sandbox.failure-rate", defaultValue = "0")
    double failureRate;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sandbox.accepted-share", defaultValue = "0.5")
    double acceptedShare;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sandbox.slow-rate", defaultValue = "0")
    double slowRate;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.sandbox.duplicate-rate", defaultValue = "0")
    double duplicateRate;

    private FakeNationalPortal portal;

    @PostConstruct
    void start() {
        portal = new FakeNationalPortal(NationalPortalSettings.SANDBOX_USERNAME,
                NationalPortalSettings.SANDBOX_PASSWORD, new FaultModel(seed, failureRate, acceptedShare,
                Duration.ofSeconds(30), slowRate, Duration.ofSeconds(2), duplicateRate, 500));
    }

    public boolean enabled() {
        return enabled.orElse(demo);
    }

    public FakeNationalPortal portal() {
        return portal;
    }
}
