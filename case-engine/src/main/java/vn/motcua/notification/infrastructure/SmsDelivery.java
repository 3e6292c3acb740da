package vn.motcua.notification.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Objects;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxHandler;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.notification.domain.SmsPayload;

/** Hands the outbox's text messages to the SMS gateway. */
@Dependent
public class SmsDelivery implements OutboxHandler {

    private final SmsSender sender;

    @Inject
    public SmsDelivery(SmsSender sender) {
        this.sender = Objects.requireNonNull(sender, "SMS sender is required");
    }

    @Override
    public OutboxChannel channel() {
        return OutboxChannel.SMS;
    }

    @Override
    public void deliver(OutboxMessage message) throws Exception {
        SmsPayload sms = SmsPayload.fromJson(message.payload());
        sender.send(sms.phone(), sms.text(), message.idempotencyKey());
    }
}
