package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.motcua.identity.Role;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.notification.domain.InboxPayload;

/**
 * Enqueues notices for officials' inboxes inside the caller's transaction — new task, due soon, overdue, returned
 * to you. A notice for a unit and role reaches every official holding that role there when it is delivered.
 */
@ApplicationScoped
public class InboxNotices {

    static final String AGGREGATE = "DOSSIER";

    @Inject
    Outbox outbox;

    /** A notice about a dossier for one official (by username). */
    public void toOfficial(InboxKind kind, String username, String dossierCode, String stepKey, String note,
                           String idempotencyKey) {
        enqueue(InboxPayload.toAccount(kind, username, dossierCode, stepKey, note, linkTo(dossierCode)),
                dossierCode, idempotencyKey);
    }

    /** A notice about a dossier for everyone holding {@code role} in the unit. */
    public void toUnitRole(InboxKind kind, String unitCode, Role role, String dossierCode, String stepKey, String note,
                           String idempotencyKey) {
        enqueue(InboxPayload.toUnitRole(kind, unitCode, role.name(), dossierCode, stepKey, note, linkTo(dossierCode)),
                dossierCode, idempotencyKey);
    }

    /**
     * A notice for the holder of a step: the official who took it, or else everyone holding its unit and role. Sent
     * once per idempotency key, however often the caller sees the same fact; returns whether it was sent now.
     */
    public boolean onceToHolder(InboxKind kind, String assignee, String unitCode, Role role, String dossierCode,
                                String stepKey, String note, String idempotencyKey) {
        InboxPayload notice = assignee != null
                ? InboxPayload.toAccount(kind, assignee, dossierCode, stepKey, note, linkTo(dossierCode))
                : InboxPayload.toUnitRole(kind, unitCode, role.name(), dossierCode, stepKey, note, linkTo(dossierCode));
        return outbox.enqueueOnce(message(notice, dossierCode, idempotencyKey));
    }

    private void enqueue(InboxPayload notice, String dossierCode, String idempotencyKey) {
        outbox.enqueue(message(notice, dossierCode, idempotencyKey));
    }

    private static NewMessage message(InboxPayload notice, String dossierCode, String idempotencyKey) {
        return new NewMessage(AGGREGATE, dossierCode, OutboxChannel.INBOX, "INBOX_" + notice.kind().name(),
                notice.toJson(), idempotencyKey);
    }

    /** The workspace page of the dossier, relative to the portal's context path. */
    static String linkTo(String dossierCode) {
        return "/workspace/dossier.xhtml?code=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }
}
