package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import vn.motcua.dossier.domain.DossierCode;

/**
 * Hands out dossier codes from a per-agency, per-day counter row. The increment runs in the caller's transaction and
 * holds the row lock until commit, so codes are unique across nodes and gap-free: a rolled-back use case gives its
 * number back. The counter row itself is created in a short transaction of its own, so two nodes starting the same
 * day never fail the caller's transaction on a duplicate key.
 */
@ApplicationScoped
public class DossierCodeSequence {

    @Inject
    EntityManager em;

    @Inject
    DossierCodeSequenceRows rows;

    public DossierCode next(String agencyCode, LocalDate day) {
        for (int attempt = 0; ; attempt++) {
            int updated = em.createNativeQuery("""
                            UPDATE dossier_code_sequence SET last_value = last_value + 1
                            WHERE agency_code = ?1 AND sequence_day = ?2""")
                    .setParameter(1, agencyCode)
                    .setParameter(2, day)
                    .executeUpdate();
            if (updated == 1) {
                Number value = (Number) em.createNativeQuery("""
                                SELECT last_value FROM dossier_code_sequence
                                WHERE agency_code = ?1 AND sequence_day = ?2""")
                        .setParameter(1, agencyCode)
                        .setParameter(2, day)
                        .getSingleResult();
                return DossierCode.of(agencyCode, day, value.intValue());
            }
            if (attempt > 0) {
                throw new IllegalStateException("cannot create the code counter of " + agencyCode + " for " + day);
            }
            try {
                rows.create(agencyCode, day);
            } catch (PersistenceException e) {
                // another node created the row first: the next UPDATE finds it
            }
        }
    }
}
