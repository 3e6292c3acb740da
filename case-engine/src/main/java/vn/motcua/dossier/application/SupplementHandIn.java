package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.workflow.ProcessContract;
import vn.motcua.workflow.WorkflowGateway;

/**
 * What happens when a dossier waiting for a supplement gets it, whoever records it (the desk for a paper supplement,
 * the applicant online): the dossier goes back to the desk's intake check or to processing, the legal clock resumes
 * or restarts in full as the procedure's supplement policy says, and the process hears {@code supplementProvided}.
 * Runs inside the caller's transaction, after the caller checked who may do it.
 */
@ApplicationScoped
public class SupplementHandIn {

    @Inject
    LegalTime legalTime;

    @Inject
    WorkflowGateway workflow;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    void handIn(Dossier dossier, Actor who, String note) {
        if (dossier.getStatus() != DossierStatus.AWAITING_SUPPLEMENT) {
            throw new InvalidRequestException("Hồ sơ " + dossier.getCode().value() + " không ở trạng thái chờ bổ sung");
        }
        Instant now = clock.instant();
        String text = note == null || note.isBlank() ? null : note.strip();
        dossier.supplemented(who.username(), now, text);
        if (dossier.getReceivedAt() != null) {
            legalTime.resumeClock(dossier, text, who.username());
        }
        workflow.deliver(dossier.getProcessInstanceId(), ProcessContract.Messages.SUPPLEMENT_PROVIDED, Map.of());
        events.announce(dossier, who);
    }
}
