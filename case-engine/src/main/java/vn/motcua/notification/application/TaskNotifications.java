package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.workflow.worklist.StepOpened;

/**
 * A new step of a dossier is a NEW_TASK notice: to the official it is assigned to, or to everyone holding the
 * step's role in its unit. Enqueued in the engine's transaction that created the step.
 */
@ApplicationScoped
public class TaskNotifications {

    @Inject
    InboxNotices notices;

    @Inject
    DossierRepository dossiers;

    void onStepOpened(@Observes StepOpened step) {
        String code = step.dossierCode() != null ? step.dossierCode()
                : dossiers.findById(step.dossierId()).orElseThrow(() -> new IllegalStateException(
                        "dossier " + step.dossierId() + " of step " + step.taskId() + " not found")).getCode().value();
        String key = "TASK:" + step.taskId() + ":NEW";
        if (step.assignee() != null) {
            notices.toOfficial(InboxKind.NEW_TASK, step.assignee(), code, step.stepKey(), null, key);
        } else {
            notices.toUnitRole(InboxKind.NEW_TASK, step.unitCode(), step.role(), code, step.stepKey(), null, key);
        }
    }
}
