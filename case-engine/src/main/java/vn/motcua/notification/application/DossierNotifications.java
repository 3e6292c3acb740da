package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.dossier.application.Milestones;
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
 * Turns dossier changes into notifications, inside the use case's transaction: the applicant hears of every public
 * milestone — the filing (with the lookup link), the acceptance (with the appointment) or refusal, a supplement
 * request (its items and deadline) and its receipt, a fee request, the result (how to download or collect it), its
 * return, a withdrawal or a stop — by e-mail (and SMS when they gave a phone number); the specialist whose
 * draft a leader returned finds it in their inbox. Each message's idempotency key is the dossier code with the
 * number of the history entry that caused it and its action, so it names the change it reports; a change announced
 * twice is sent once.
 */
@ApplicationScoped
public class DossierNotifications {

    private static final Map<String, String> APPLICANT_TEMPLATES = Map.ofEntries(
            Map.entry("SUBMITTED", "filing-received"),
            Map.entry("ACCEPTED", "dossier-accepted"),
            Map.entry("REFUSED", "dossier-refused"),
            Map.entry("SUPPLEMENT_REQUESTED_AT_INTAKE", "supplement-requested"),
            Map.entry("SUPPLEMENT_REQUESTED", "supplement-requested"),
            Map.entry("SUPPLEMENTED", "supplement-received"),
            Map.entry("RESULT_READY", "result-ready"),
            Map.entry("RESULT_RETURNED", "result-returned"),
            Map.entry("WITHDRAWN", "dossier-withdrawn"),
            Map.entry("CLOSED_WITHOUT_SUPPLEMENT", "dossier-stopped"),
            Map.entry("CLOSED_UNPAID", "dossier-stopped"));

    /** Why a dossier stopped, by the action that stopped it. */
    private static final Map<String, String> STOP_CAUSES = Map.of(
            "CLOSED_WITHOUT_SUPPLEMENT", "quá thời hạn bổ sung hồ sơ",
            "CLOSED_UNPAID", "quá thời hạn nộp phí, lệ phí");

    /** The template of a change the applicant hears of: by its action, or a fee request by its new status. */
    static String templateOf(DossierChanged change) {
        String template = APPLICANT_TEMPLATES.get(change.action());
        if (template == null && change.to() == vn.motcua.dossier.domain.DossierStatus.AWAITING_FINANCIAL_OBLIGATION
                && change.from() != vn.motcua.dossier.domain.DossierStatus.AWAITING_FINANCIAL_OBLIGATION) {
            return "fee-requested";
        }
        return template;
    }

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

    @Inject
    Milestones milestones;

    void onChange(@Observes DossierChanged change) {
        String template = templateOf(change);
        boolean returned = "RETURNED_FOR_REWORK".equals(change.action());
        if (template == null && !returned) {
            return;
        }
        Dossier dossier = dossiers.findById(change.dossierId()).orElseThrow(() -> new IllegalStateException(
                "dossier " + change.dossierCode() + " of the change is not found"));
        String keyPrefix = InboxNotices.AGGREGATE + ":" + change.dossierCode() + ":" + dossier.getHistory().size()
                + ":" + change.action();
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
            outbox.enqueueOnce(new NewMessage(InboxNotices.AGGREGATE, change.dossierCode(), OutboxChannel.EMAIL,
                    messageType, new EmailPayload(applicant.getEmail(), email.subject(), email.text()).toJson(),
                    keyPrefix + ":EMAIL"));
        }
        if (applicant.getPhone() != null) {
            outbox.enqueueOnce(new NewMessage(InboxNotices.AGGREGATE, change.dossierCode(), OutboxChannel.SMS,
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
        String code = java.net.URLEncoder.encode(change.dossierCode(), java.nio.charset.StandardCharsets.UTF_8);
        model.put("lookupUrl", configuration.portalUrl() + "/lookup.xhtml?code=" + code);
        model.put("dossierUrl", configuration.portalUrl() + "/citizen/dossier.xhtml?code=" + code);
        if (dossier.getDueAt() != null) {
            model.put("dueAt", AT.format(dossier.getDueAt()));
        }
        model.put("collectPlace", milestones.collectionPlace(dossier));
        if (STOP_CAUSES.containsKey(change.action())) {
            model.put("stopCause", STOP_CAUSES.get(change.action()));
        }
        Milestones.latestSupplementRequest(dossier).ifPresent(asked -> {
            model.put("deadline", AT.format(milestones.supplementDeadline(dossier, asked.getOccurredAt())));
            List<String> items = Milestones.itemsOf(asked.getNote());
            model.put("items", items.isEmpty() ? List.of("Hồ sơ bổ sung theo yêu cầu") : items);
        });
        return model;
    }
}
