package vn.motcua.notification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxHandler;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.notification.domain.InboxPayload;

/**
 * Puts the outbox's inbox notices into officials' inboxes. A notice for a unit and role goes to every active
 * account holding that role there at delivery time; a notice for an official or a role holder who is away also goes
 * to their stand-in for that day. The outbox idempotency key is stored with each row under a
 * unique (key, recipient) constraint, so a repeated delivery adds nothing.
 */
@Dependent
public class InboxDelivery implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(InboxDelivery.class.getName());

    private final InboxStore inbox;
    private final Clock clock;

    @Inject
    public InboxDelivery(DataSource dataSource, Clock clock) {
        this.inbox = new InboxStore(dataSource);
        this.clock = clock;
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.INBOX;
    }

    @Override
    public void deliver(OutboxMessage message) {
        InboxPayload notice = InboxPayload.fromJson(message.payload());
        List<String> addressed = notice.username() != null
                ? List.of(notice.username())
                : inbox.holdersOf(notice.unitCode(), notice.role());
        List<String> recipients = new java.util.ArrayList<>(addressed);
        inbox.standInsFor(addressed, vn.motcua.platform.time.BusinessTime.today(clock)).stream()
                .filter(deputy -> !recipients.contains(deputy))
                .forEach(recipients::add);
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Inbox notice " + notice.kind() + " for dossier " + notice.dossierCode() + ": nobody holds "
                    + notice.role() + " in unit " + notice.unitCode());
        }
        for (String recipient : recipients) {
            inbox.add(recipient, notice, message.idempotencyKey(), clock.instant());
        }
    }
}
