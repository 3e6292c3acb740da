package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.Actor;
import vn.motcua.integration.application.OutboxAdministration;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxEntry;
import vn.motcua.integration.outbox.OutboxFilter;
import vn.motcua.integration.outbox.OutboxStatus;
import vn.motcua.web.shared.Messages;

/**
 * The outbox for administrators: messages by status, channel and dossier; a message's payload, attempts and last
 * error; send a dead message again, or discard a message with a reason.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    @Inject
    transient OutboxAdministration outbox;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private OutboxStatus status = OutboxStatus.DEAD;
    private OutboxChannel channel;
    private String aggregateId;
    private Long selectedId;
    private String reason;
    private transient List<OutboxEntry> entries;
    private transient OutboxEntry selected;
    private transient Map<OutboxStatus, Long> counts;

    public List<OutboxEntry> getEntries() {
        if (entries == null) {
            entries = outbox.list(actor, new OutboxFilter(status, channel, aggregateId));
        }
        return entries;
    }

    public Map<OutboxStatus, Long> getCounts() {
        if (counts == null) {
            counts = outbox.counts(actor);
        }
        return counts;
    }

    public OutboxEntry getSelected() {
        if (selected == null && selectedId != null) {
            try {
                selected = outbox.message(actor, selectedId);
            } catch (NotFoundException e) {
                selectedId = null;
            }
        }
        return selected;
    }

    public void search() {
        entries = null;
        counts = null;
        selectedId = null;
        selected = null;
    }

    public void show(long id) {
        selectedId = id;
        selected = null;
        reason = null;
    }

    public void retry() {
        act(() -> outbox.retry(actor, selectedId), "outbox.retried");
    }

    public void discard() {
        if (reason == null || reason.isBlank()) {
            error(messages.get("outbox.reasonRequired"));
            return;
        }
        act(() -> outbox.discard(actor, selectedId, reason), "outbox.discarded");
        reason = null;
    }

    private void act(Runnable action, String successKey) {
        if (selectedId == null) {
            return;
        }
        try {
            action.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(successKey), null));
        } catch (IllegalStateException e) {
            error(messages.get("outbox.changed"));
        }
        entries = null;
        counts = null;
        selected = null;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public OutboxStatus[] getStatuses() {
        return OutboxStatus.values();
    }

    public OutboxChannel[] getChannels() {
        return OutboxChannel.values();
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public void setStatus(OutboxStatus status) {
        this.status = status;
    }

    public OutboxChannel getChannel() {
        return channel;
    }

    public void setChannel(OutboxChannel channel) {
        this.channel = channel;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public void setAggregateId(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
