package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.dossier.domain.LookupFailure;

/**
 * Counts failed public lookups in the database — one row per failure — so every node of a cluster sees the same
 * count. A subject (a dossier code, or a client address) is locked out for the lockout time from the failure that
 * brought its failures within one window up to the limit. Refused tries are not recorded, so a lockout ends.
 */
@ApplicationScoped
public class LookupThrottle {

    private static final Duration KEEP = Duration.ofDays(1);
    private static final int SUBJECT_LENGTH = 120;

    @Inject
    EntityManager em;

    public LookupThrottle() {
    }

    public LookupThrottle(EntityManager em) {
        this.em = em;
    }

    /** Until when the subject is locked out at {@code now}, if it is. */
    Optional<Instant> lockedUntil(String subject, int limit, Duration window, Duration lockout, Instant now) {
        Instant since = now.minus(window).minus(lockout);
        List<Instant> failures = em.createQuery("""
                        select f.failedAt from LookupFailure f where f.subject = :s and f.failedAt > :since
                        order by f.failedAt, f.id""", Instant.class)
                .setParameter("s", key(subject)).setParameter("since", since).getResultList();
        Instant until = null;
        for (int last = limit - 1; last < failures.size(); last++) {
            Instant reached = failures.get(last);
            if (!failures.get(last - limit + 1).isBefore(reached.minus(window))) {
                Instant end = reached.plus(lockout);
                if (end.isAfter(now) && (until == null || end.isAfter(until))) {
                    until = end;
                }
            }
        }
        return Optional.ofNullable(until);
    }

    /** Records a failure of the subject, and forgets its failures older than a day. */
    void recordFailure(String subject, Instant now) {
        em.createQuery("delete from LookupFailure f where f.subject = :s and f.failedAt < :before")
                .setParameter("s", key(subject)).setParameter("before", now.minus(KEEP)).executeUpdate();
        em.persist(new LookupFailure(key(subject), now));
    }

    private static String key(String subject) {
        String s = subject == null ? "" : subject.strip();
        return s.length() > SUBJECT_LENGTH ? s.substring(0, SUBJECT_LENGTH) : s;
    }
}
