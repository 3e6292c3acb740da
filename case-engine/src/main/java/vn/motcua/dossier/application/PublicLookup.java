package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;

/**
 * The public lookup of a dossier without signing in: its code plus the last four digits of the applicant's phone.
 * A wrong second factor gets exactly the answer an unknown code gets. Failures are counted in the database per code
 * and per client address ({@link LookupThrottle}), so the limit holds across every node: past it, every try for the
 * code — even a right one — is refused until the lockout ends.
 */
@ApplicationScoped
public class PublicLookup {

    private static final Logger LOG = Logger.getLogger(PublicLookup.class.getName());

    /** The answer of a lookup. */
    public sealed interface Answer permits Found, NotFound, Throttled {
    }

    /** The code and second factor match: the dossier's public timeline. */
    public record Found(PublicTimeline timeline) implements Answer {
    }

    /** No dossier with this code and phone — whether the code is unknown or the digits are wrong. */
    public record NotFound() implements Answer {
    }

    /** Too many failed tries for the code (or from the address): try again after {@code retryAfter}. */
    public record Throttled(Instant retryAfter) implements Answer {
    }

    @Inject
    DossierRepository dossiers;

    @Inject
    Milestones milestones;

    @Inject
    LookupThrottle throttle;

    @Inject
    LookupSettings settings;

    @Inject
    Clock clock;

    public PublicLookup() {
    }

    public PublicLookup(DossierRepository dossiers, Milestones milestones, LookupThrottle throttle,
                        LookupSettings settings, Clock clock) {
        this.dossiers = dossiers;
        this.milestones = milestones;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Looks a dossier up.
     *
     * @param clientAddress the caller's address, or null when unknown
     */
    @Transactional
    public Answer lookup(String code, String phoneLast4, String clientAddress) {
        Instant now = clock.instant();
        String codeKey = "code:" + (code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        String addressKey = clientAddress == null || clientAddress.isBlank() ? null : "addr:" + clientAddress.strip();
        Optional<Instant> locked = throttle.lockedUntil(codeKey, settings.maxFailures(), settings.window(),
                settings.lockout(), now);
        if (addressKey != null && locked.isEmpty()) {
            locked = throttle.lockedUntil(addressKey, settings.maxFailuresPerAddress(), settings.window(),
                    settings.lockout(), now);
        }
        if (locked.isPresent()) {
            LOG.info("Public lookup refused: too many failed tries");
            return new Throttled(locked.get());
        }
        Optional<Dossier> match = find(code).filter(d -> secondFactorMatches(d, phoneLast4));
        if (match.isEmpty()) {
            throttle.recordFailure(codeKey, now);
            if (addressKey != null) {
                throttle.recordFailure(addressKey, now);
            }
            return new NotFound();
        }
        return new Found(milestones.timelineOf(match.get()));
    }

    private Optional<Dossier> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return dossiers.findByCode(new DossierCode(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The last four digits of the applicant's phone, compared in constant time. */
    private static boolean secondFactorMatches(Dossier dossier, String phoneLast4) {
        String phone = dossier.getApplicant().getPhone();
        if (phone == null || phoneLast4 == null) {
            return false;
        }
        String digits = phone.replaceAll("\\D", "");
        String given = phoneLast4.strip();
        if (digits.length() < 4 || !given.matches("\\d{4}")) {
            return false;
        }
        return MessageDigest.isEqual(digits.substring(digits.length() - 4).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
