package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.workflow.ProcessContract.Steps;
import vn.motcua.workflow.worklist.StepTaken;

/**
 * A received dossier is in processing from the moment a specialist holds its handling step, whether they claimed it
 * from the worklist or the unit head assigned it to them; in the same transaction.
 */
@ApplicationScoped
public class ProcessingStart {

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    void onStepTaken(@Observes StepTaken taken) {
        if (!Steps.SPECIALIST_HANDLES.equals(taken.stepKey())) {
            return;
        }
        dossiers.findById(taken.dossierId())
                .filter(dossier -> dossier.getStatus() == DossierStatus.RECEIVED)
                .ifPresent(dossier -> {
                    dossier.startProcessing(taken.holder(), clock.instant());
                    events.announce(dossier, taken.actor());
                });
    }
}
