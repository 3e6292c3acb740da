package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.notification.domain.EmailPayload;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.notification.domain.SmsPayload;
import vn.motcua.notification.infrastructure.NotificationConfiguration;
import vn.motcua.notification.infrastructure.NotificationTemplates;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.workflow.ProcessContract.Steps;

/**
 * Turns dossier changes into notifications, inside the use case's transaction: the applicant hears of the filing,
 * the acceptance or refusal and the result by e-mail (and SMS when they gave a phone number); the specialist whose
 * draft a leader returned finds it in their inbox. Each message's idempotency key is the dossier code with the
 * number of the history entry that caused it, so it names the change it reports.
 */
@ApplicationScoped
public class DossierNotifications {

    private static final Map<String, String> APPLICANT_TEMPLATES = Map.of(
            "SUBMITTED", "filing-received",
            "ACCEPTED", "dossier-accepted",
            "REFUSED", "dossier-refused",
            "RESULT_READY", "result-ready");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
            .withZone(BusinessTime.ZONE);

    @Inject
    DossierRepository dossiers;

    @Inject
    Outbox outbox;

    @Inject
    InboxNotices notices;

    @Inject
    NotificationConfiguration configuration;

    void onChange(@Observes DossierChanged change) {
        String template = APPLICANT_TEMPLATES.get(change.action());
        boolean returned = "RETURNED_FOR_REWORK".equals(change.action());
        if (template == null && !returned) {
            return;
        }
        Dossier dossier = dossiers.findById(change.dossierId()).orElseThrow(() -> new IllegalStateException(
                "dossier " + change.dossierCode() + " of the change is not found"));
        String keyPrefix = InboxNotices.AGGREGATE + ":" + change.dossierCode() + ":" + dossier.getHistory().size();
        if (returned) {
            drafterOf(dossier.getHistory()).ifPresent(specialist -> notices.toOfficial(InboxKind.RETURNED_TO_YOU,
                    specialist, change.dossierCode(), Steps.SPECIALIST_HANDLES, change.reason(), keyPrefix + ":INBOX"));
            return;
        }
        Applicant applicant = dossier.getApplicant();
        Map<String, Object> model = model(dossier, change);
        NotificationTemplates templates = configuration.templates();
        String messageType = "DOSSIER_" + change.action();
        if (applicant.getEmail() != null) {
            NotificationTemplates.Rendered email = templates.email(template, model);
            outbox.enqueue(new NewMessage(InboxNotices.AGGREGATE, change.dossierCode(), OutboxChannel.EMAIL,
                    messageType, new EmailPayload(applicant.getEmail(), email.subject(), email.text()).toJson(),
                    keyPrefix + ":EMAIL"));
        }
        if (applicant.getPhone() != null) {
            outbox.enqueue(new NewMessage(InboxNotices.AGGREGATE, change.dossierCode(), OutboxChannel.SMS,
                    messageType, new SmsPayload(applicant.getPhone(), templates.sms(template, model)).toJson(),
                    keyPrefix + ":SMS"));
        }
    }

    /** The official who submitted the latest draft (the one the leader returns). */
    private static java.util.Optional<String> drafterOf(List<DossierHistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if ("DRAFT_SUBMITTED".equals(history.get(i).getAction())) {
                return java.util.Optional.of(history.get(i).getActor());
            }
        }
        return java.util.Optional.empty();
    }

    private Map<String, Object> model(Dossier dossier, DossierChanged change) {
        Map<String, Object> model = new HashMap<>();
        model.put("applicantName", dossier.getApplicant().getName());
        model.put("dossierCode", change.dossierCode());
        model.put("procedureName", dossier.getProcedureVersion().getProcedure().getName());
        model.put("unitName", dossier.getReceivingUnit().getName());
        model.put("at", AT.format(change.at()));
        model.put("portalUrl", configuration.portalUrl());
        if (change.reason() != null) {
            model.put("reason", change.reason());
        }
        return model;
    }
}
