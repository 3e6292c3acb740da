package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Creates a code counter row in a transaction of its own (see {@link DossierCodeSequence}). */
@ApplicationScoped
public class DossierCodeSequenceRows {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String agencyCode, LocalDate day) {
        em.createNativeQuery("INSERT INTO dossier_code_sequence (agency_code, sequence_day, last_value) VALUES (?1, ?2, 0)")
                .setParameter(1, agencyCode)
                .setParameter(2, day)
                .executeUpdate();
    }
}
