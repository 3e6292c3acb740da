package vn.motcua.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.integration.application.OutboxAdministration;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.ApplicationClock;

/** Dead letters, administrators' retry and discard, and recovery after a worker died holding a message. */
class OutboxRelayTest {

    private static final RelaySettings SETTINGS = new RelaySettings(
            new RetryPolicy(3, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(5), 0.0),
            Duration.ofMinutes(2), 20, Duration.ofMillis(10));
    private static final Actor ADMIN = new Actor(1L, "quantri", "Quản trị hệ thống",
            List.of(new Actor.Grant(Role.ADMIN, "000.00.00.H29")));

    private DataSource dataSource;
    private ApplicationClock clock;
    private OutboxStore store;
    private RecordingHandler handler;
    private OutboxAdministration administration;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabase.H2.openMigrated("outbox", true);
        clock = new ApplicationClock();
        clock.setTo(Instant.parse("2025-06-12T01:00:00Z"));
        store = new OutboxStore(dataSource);
        handler = new RecordingHandler();
        administration = new OutboxAdministration(dataSource, clock);
    }

    @AfterEach
    void release() throws SQLException {
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void aMessageThatKeepsFailingDiesAfterItsAttemptsAndHoldsItsStreamUntilRetried() {
        long first = enqueue("A", "first");
        long second = enqueue("A", "second");
        long other = enqueue("B", "other");
        handler.failing.add("first");
        OutboxRelay relay = relay("node-a/outbox-1");

        for (int round = 0; round < 10; round++) {
            relay.pollOnce();
            clock.advance(Duration.ofMinutes(5));
        }

        OutboxEntry dead = store.find(first).orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastError()).contains("SMTP 451 for first");
        assertThat(store.find(second).orElseThrow())
                .as("the later message of the same stream waits behind the dead one")
                .extracting(OutboxEntry::status, OutboxEntry::attempts).containsExactly(OutboxStatus.PENDING, 0);
        assertThat(store.find(other).orElseThrow().status()).as("other streams go on")
                .isEqualTo(OutboxStatus.DELIVERED);

        handler.failing.clear();
        administration.retry(ADMIN, first);
        relay.pollOnce();
        relay.pollOnce();

        assertThat(handler.delivered).containsExactly("other", "first", "second");
        assertThat(store.find(first).orElseThrow())
                .extracting(OutboxEntry::status, OutboxEntry::attempts).containsExactly(OutboxStatus.DELIVERED, 1);
        assertThat(store.find(second).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void discardingADeadMessageNeedsAReasonAndReleasesItsStream() {
        long first = enqueue("A", "first");
        long second = enqueue("A", "second");
        handler.failing.add("first");
        OutboxRelay relay = relay("node-a/outbox-1");
        for (int round = 0; round < 5; round++) {
            relay.pollOnce();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(store.find(first).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);

        assertThatThrownBy(() -> administration.discard(ADMIN, first, "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        Actor desk = new Actor(2L, "motcua.tdm", "Cán bộ một cửa",
                List.of(new Actor.Grant(Role.DESK_OFFICER, "000.30.01.H29")));
        assertThatThrownBy(() -> administration.discard(desk, first, "địa chỉ thư không tồn tại"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.find(first).orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);

        administration.discard(ADMIN, first, "Địa chỉ thư của người nộp không tồn tại");
        relay.pollOnce();

        OutboxEntry discarded = administration.message(ADMIN, first);
        assertThat(discarded.status()).isEqualTo(OutboxStatus.DISCARDED);
        assertThat(discarded.closedBy()).isEqualTo("quantri");
        assertThat(discarded.closedReason()).isEqualTo("Địa chỉ thư của người nộp không tồn tại");
        assertThat(handler.delivered).containsExactly("second");
        assertThat(store.find(second).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThatThrownBy(() -> administration.retry(ADMIN, first)).isInstanceOf(IllegalStateException.class);
        assertThat(administration.list(ADMIN, new OutboxFilter(OutboxStatus.DISCARDED, null, "A")))
                .extracting(OutboxEntry::id).containsExactly(first);
    }

    @Test
    void aPermanentFailureIsDeadAtOnce() {
        long message = enqueue("A", "permanent");
        handler.permanent.add("permanent");

        relay("node-a/outbox-1").pollOnce();

        assertThat(store.find(message).orElseThrow())
                .extracting(OutboxEntry::status, OutboxEntry::attempts).containsExactly(OutboxStatus.DEAD, 1);
    }

    @Test
    void aMessageHeldByAWorkerThatDiedIsDeliveredByAnotherOnceTheLeaseRunsOut() {
        long message = enqueue("A", "crash");
        Instant now = clock.instant();
        OutboxMessage claimed = store.claim(message, "node-a/outbox-1", now, now.plus(SETTINGS.lease()))
                .orElseThrow();
        OutboxRelay survivor = relay("node-b/outbox-1");

        assertThat(survivor.pollOnce()).as("the lease still holds").isZero();
        clock.advance(SETTINGS.lease().plusSeconds(1));
        assertThat(survivor.pollOnce()).isEqualTo(1);

        assertThat(handler.delivered).containsExactly("crash");
        OutboxEntry delivered = store.find(message).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.leaseOwner()).isEqualTo("node-b/outbox-1");
        assertThat(store.markDelivered(claimed, "node-a/outbox-1", clock.instant()))
                .as("the dead worker's late completion changes nothing").isFalse();
    }

    @Test
    void aClaimedMessageIsNotClaimedByAnotherWorker() {
        long message = enqueue("A", "once");
        Instant now = clock.instant();

        assertThat(store.claim(message, "node-a/outbox-1", now, now.plus(SETTINGS.lease()))).isPresent();
        assertThat(store.claim(message, "node-b/outbox-1", now, now.plus(SETTINGS.lease()))).isEmpty();
    }

    private long enqueue(String aggregate, String payload) {
        return store.insert(new NewMessage("DOSSIER", aggregate, OutboxChannel.SMS, "TEST", payload,
                "test:" + aggregate + ":" + payload), clock.instant());
    }

    private OutboxRelay relay(String workerId) {
        return new OutboxRelay(store, clock, List.of(handler), SETTINGS, workerId, new Random(7));
    }

    /** Records the payloads it delivers; fails those it is told to. */
    private static final class RecordingHandler implements OutboxHandler {
        final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        final Set<String> failing = ConcurrentHashMap.newKeySet();
        final Set<String> permanent = ConcurrentHashMap.newKeySet();

        @Override
        public OutboxChannel channel() {
            return OutboxChannel.SMS;
        }

        @Override
        public void deliver(OutboxMessage message) throws Exception {
            if (permanent.contains(message.payload())) {
                throw new PermanentDeliveryFailure("no such recipient");
            }
            if (failing.contains(message.payload())) {
                throw new IOException("SMTP 451 for " + message.payload());
            }
            delivered.add(message.payload());
        }
    }
}
