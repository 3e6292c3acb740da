package vn.motcua.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.integration.dvcqg.NationalPortalAccepted;
import vn.motcua.integration.dvcqg.NationalPortalPayloads;
import vn.motcua.statistics.infrastructure.StatisticsReadModel;
import vn.motcua.workflow.worklist.StepTaken;

/**
 * Keeps the statistics read model in step with the dossiers, in the transaction of the change: every
 * {@link DossierChanged} (and a rating, a payment or a step taken, which change a fact without a status change)
 * derives the dossier's row again from our own tables. If the row cannot be written, the use case rolls back.
 */
@ApplicationScoped
public class StatisticsProjection {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onDossierChanged(@Observes DossierChanged change) {
        refresh(change.dossierId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onStepTaken(@Observes StepTaken taken) {
        refresh(taken.dossierId());
    }

    /**
     * The national portal accepted a dossier's snapshot ({@code DongBoHoSoMC}): the dossier counts as synced (Decision
     * 766 indicator 1.4). Runs on the outbox relay's thread, in a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void onNationalPortalAccepted(@Observes NationalPortalAccepted accepted) {
        if (NationalPortalPayloads.DOSSIER_SERVICE.equals(accepted.service())) {
            em.unwrap(Session.class).doWork(connection ->
                    StatisticsReadModel.markSynced(connection, accepted.dossierCode()));
        }
    }

    /** Derives one dossier's row again, after the persistence context's pending changes reach the database. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long dossierId) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> StatisticsReadModel.refresh(connection, dossierId));
    }
}
