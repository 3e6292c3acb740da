package vn.motcua.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * What one audit entry says, before it gets its place in the chain: who acted (user name, kind, unit, client
 * address), what they did (action on an object, with short before/after summaries), when, and why.
 * <p>
 * New facts are built through {@link #of}, which checks them (a reason is mandatory for the actions in
 * {@link #REASON_REQUIRED}), masks personal identifiers in every free-text field, cuts texts to the stored lengths
 * and truncates the time to whole seconds (MySQL Connector/J drops fractions on MariaDB, and a hash must survive the
 * round trip). The constructor itself takes stored rows as they are, so that the verification can judge even a row
 * that was tampered with.
 */
public record AuditFacts(Instant occurredAt, String actorUsername, String actorKind, String actorUnit,
                         String clientAddress, String action, String objectType, String objectCode,
                         String beforeSummary, String afterSummary, String reason) {

    /** Actions that must say why: refuse, supplement request, stop, apology, reassignment, return for rework. */
    public static final Set<String> REASON_REQUIRED = Set.of("REFUSED", "SUPPLEMENT_REQUESTED", "STOPPED", "APOLOGY",
            "REASSIGNED", "RETURNED_FOR_REWORK");

    public static final int SUMMARY_LENGTH = 1000;
    public static final int REASON_LENGTH = 2000;

    /**
     * New facts, checked, with personal identifiers masked, texts fitted to the stored lengths and the time in whole
     * seconds.
     *
     * @throws IllegalArgumentException when a required value is missing, above all the reason of an action in
     *                                  {@link #REASON_REQUIRED}
     */
    public static AuditFacts of(Instant occurredAt, String actorUsername, ActorKind actorKind, String actorUnit,
                                String clientAddress, String action, String objectType, String objectCode,
                                String beforeSummary, String afterSummary, String reason) {
        Objects.requireNonNull(occurredAt, "time is required in an audit entry");
        requireText(actorUsername, "actor user name");
        Objects.requireNonNull(actorKind, "actor kind is required in an audit entry");
        requireText(clientAddress, "client address");
        requireText(action, "action");
        requireText(objectType, "object type");
        requireText(objectCode, "object code");
        if (REASON_REQUIRED.contains(action) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a reason is required for the action " + action
                    + " (refusal, supplement request, stop, apology, reassignment and return for rework must say why)");
        }
        return new AuditFacts(occurredAt.truncatedTo(ChronoUnit.SECONDS),
                fit(PersonalDataMask.mask(actorUsername.strip()), 100), actorKind.name(), actorUnit,
                fit(clientAddress, 64), action, objectType, fit(PersonalDataMask.mask(objectCode), 100),
                fit(PersonalDataMask.mask(blankToNull(beforeSummary)), SUMMARY_LENGTH),
                fit(PersonalDataMask.mask(blankToNull(afterSummary)), SUMMARY_LENGTH),
                fit(PersonalDataMask.mask(blankToNull(reason)), REASON_LENGTH));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required in an audit entry");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text cut to {@code max} characters, ending with an ellipsis when cut. */
    private static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
