package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.Actor;

/**
 * Steps the system takes on its own, called by the engine's async jobs and timers (each in the job's JTA
 * transaction: if the step fails, its writes roll back and the job is retried).
 */
@ApplicationScoped
public class DossierProgress {

    private static final Logger LOG = Logger.getLogger(DossierProgress.class.getName());

    @Inject
    LegalTime legalTime;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    @Transactional
    public void publishResult(long dossierId) {
        Dossier dossier = load(dossierId);
        dossier.markResultReady(clock.instant());
        legalTime.finish(dossier, dossier.getResultReadyAt());
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": result ready");
    }

    @Transactional
    public void remindDesk(long dossierId) {
        Dossier dossier = load(dossierId);
        dossier.recordIntakeReminder(clock.instant());
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": desk reminded of pending intake");
    }

    private Dossier load(long dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("dossier " + dossierId + " not found"));
    }
}
