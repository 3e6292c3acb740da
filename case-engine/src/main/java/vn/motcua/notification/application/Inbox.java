package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import vn.motcua.identity.Actor;
import vn.motcua.notification.infrastructure.InboxStore;

/** An official reads their inbox and marks notices read; nobody sees another official's notices. */
@ApplicationScoped
public class Inbox {

    static final int PAGE = 100;

    private InboxStore store;
    private Clock clock;

    protected Inbox() {
    }

    @Inject
    public Inbox(DataSource dataSource, Clock clock) {
        this.store = new InboxStore(dataSource);
        this.clock = clock;
    }

    /** The official's latest notices, newest first. */
    public List<InboxItemView> latest(Actor official) {
        return store.latest(official.username(), PAGE);
    }

    public long unread(Actor official) {
        return store.unread(official.username());
    }

    public void markRead(Actor official, long id) {
        store.markRead(official.username(), id, clock.instant());
    }

    public void markAllRead(Actor official) {
        store.markRead(official.username(), null, clock.instant());
    }
}
