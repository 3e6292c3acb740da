package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-stop desk's service level for online dossiers, in working time from submission: acknowledge (notify the
 * applicant) within {@code motcua.intake.notify-within} (default 2 working hours) and decide — accept, request a
 * supplement or refuse — within {@code motcua.intake.decide-within} (default 8 working hours).
 */
@ApplicationScoped
public class IntakeSettings {

    @Inject
    @ConfigProperty(name = "motcua.intake.notify-within", defaultValue = "PT2H")
    String notifyWithin;

    @Inject
    @ConfigProperty(name = "motcua.intake.decide-within", defaultValue = "PT8H")
    String decideWithin;

    public Duration notifyWithin() {
        return Duration.parse(notifyWithin);
    }

    public Duration decideWithin() {
        return Duration.parse(decideWithin);
    }
}
