package vn.motcua.web.worklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.identity.Actor;
import vn.motcua.notification.application.Inbox;
import vn.motcua.notification.application.InboxItemView;

/** The official's inbox: notices about new steps, drafts returned to them, due and overdue steps; newest first. */
@Named
@RequestScoped
public class MyInbox {

    @Inject
    Inbox inbox;

    @Inject
    Actor actor;

    private List<InboxItemView> items;
    private Long unread;

    public List<InboxItemView> getItems() {
        if (items == null) {
            items = inbox.latest(actor);
        }
        return items;
    }

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread(actor);
        }
        return unread;
    }

    public void markRead(long id) {
        inbox.markRead(actor, id);
        reset();
    }

    public void markAllRead() {
        inbox.markAllRead(actor);
        reset();
    }

    private void reset() {
        items = null;
        unread = null;
    }
}
