package vn.motcua.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.notification.domain.EmailPayload;
import vn.motcua.notification.infrastructure.EmailDelivery;
import vn.motcua.notification.infrastructure.MailSettings;
import vn.motcua.notification.infrastructure.NotificationTemplates;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.ApplicationClock;

/**
 * The outbox's acceptance scenario: two relay workers of two nodes share one database; the SMTP server (GreenMail,
 * behind a proxy that breaks off the first two transfers of every message) fails each message twice. All 200
 * notifications for 20 dossiers arrive exactly once each, in enqueue order per dossier, and every outbox row ends
 * DELIVERED after three attempts. Backoff runs on the application clock, which a ticker moves fast.
 */
class OutboxAcceptanceTest {

    private static final int DOSSIERS = 20;
    private static final int MESSAGES = 200;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void twoWorkersDeliverEveryNotificationOnceInOrderPerDossierDespiteTwoSmtpFailuresEach(TestDatabase database)
            throws Exception {
        DataSource dataSource = database.openMigrated("motcua_outbox_test", true);
        ApplicationClock clock = new ApplicationClock();
        clock.setTo(Instant.parse("2025-06-12T01:00:00Z"));
        OutboxStore store = new OutboxStore(dataSource);
        NotificationTemplates templates = new NotificationTemplates(Optional.empty());

        Map<String, List<String>> enqueuedPerDossier = new LinkedHashMap<>();
        for (int i = 0; i < MESSAGES; i++) {
            String code = String.format("000.30.01.H29-250612-%04d", i % DOSSIERS + 1);
            int sequence = i / DOSSIERS + 1;
            String key = "DOSSIER:" + code + ":" + sequence + ":EMAIL";
            NotificationTemplates.Rendered email = templates.email("dossier-accepted", Map.of(
                    "applicantName", "Nguyễn Thị Hương", "dossierCode", code, "procedureName", "Đăng ký khai sinh",
                    "unitName", "UBND phường Thủ Dầu Một", "at", "08:00 ngày 12/06/2025",
                    "portalUrl", "https://dichvucong.example.vn"));
            store.insert(new NewMessage("DOSSIER", code, OutboxChannel.EMAIL, "DOSSIER_ACCEPTED",
                    new EmailPayload(applicantOf(code), email.subject(), email.text()).toJson(), key), clock.instant());
            enqueuedPerDossier.computeIfAbsent(code, c -> new ArrayList<>()).add(key);
        }

        RelaySettings settings = new RelaySettings(
                new RetryPolicy(5, Duration.ofSeconds(10), 2.0, Duration.ofMinutes(10), 0.2),
                Duration.ofHours(1), 10, Duration.ofMillis(10));
        try (FaultySmtpProxy proxy = new FaultySmtpProxy(SMTP.getSmtp().getPort(), 2,
                EmailDelivery.IDEMPOTENCY_HEADER)) {
            MailSettings mail = new MailSettings("127.0.0.1", proxy.port(), "no-reply@dichvucong.example.vn",
                    "Cổng dịch vụ công", false, null, null, Duration.ofSeconds(10));
            List<RelayWorker> workers = List.of(
                    worker(store, clock, mail, settings, "node-a/outbox-1", 1),
                    worker(store, clock, mail, settings, "node-b/outbox-1", 2));
            List<Thread> threads = workers.stream().map(w -> new Thread(w, "relay-test")).toList();
            AtomicBoolean ticking = new AtomicBoolean(true);
            Thread ticker = new Thread(() -> {
                while (ticking.get()) {
                    clock.advance(Duration.ofSeconds(1));
                    sleep(2);
                }
            }, "clock-ticker");
            ticker.start();
            threads.forEach(Thread::start);
            try {
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (store.countByStatus().get(OutboxStatus.DELIVERED) < MESSAGES && System.nanoTime() < deadline) {
                    sleep(100);
                }
            } finally {
                workers.forEach(RelayWorker::stop);
                for (Thread thread : threads) {
                    thread.join(10_000);
                }
                ticking.set(false);
                ticker.join();
            }
            assertThat(proxy.dropped()).as("transfers broken off by the SMTP fault").isEqualTo(2 * MESSAGES);
        }

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(MESSAGES);
        Set<String> keys = new TreeSet<>();
        Map<String, List<String>> receivedPerDossier = new LinkedHashMap<>();
        for (MimeMessage message : received) {
            String key = message.getHeader(EmailDelivery.IDEMPOTENCY_HEADER, null);
            assertThat(keys.add(key)).as("delivered once: %s", key).isTrue();
            String code = key.split(":")[1];
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(applicantOf(code));
            receivedPerDossier.computeIfAbsent(code, c -> new ArrayList<>()).add(key);
        }
        assertThat(received[0].getSubject()).endsWith("Hồ sơ đã được tiếp nhận");
        assertThat(received[0].getMessageID()).startsWith("<DOSSIER=3A000.30.01.H29-250612-");
        assertThat(receivedPerDossier).hasSize(DOSSIERS);
        enqueuedPerDossier.forEach((code, enqueued) ->
                assertThat(receivedPerDossier.get(code)).as("received order of dossier %s", code)
                        .containsExactlyElementsOf(enqueued));

        List<OutboxEntry> rows = store.list(OutboxFilter.ALL, 1000);
        assertThat(rows).hasSize(MESSAGES).allSatisfy(row -> {
            assertThat(row.status()).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(row.attempts()).isEqualTo(3);
        });
        assertThat(rows).extracting(OutboxEntry::leaseOwner).containsOnly("node-a/outbox-1", "node-b/outbox-1")
                .as("both workers delivered").contains("node-a/outbox-1", "node-b/outbox-1");
        database.release(dataSource);
    }

    private static RelayWorker worker(OutboxStore store, ApplicationClock clock, MailSettings mail,
                                      RelaySettings settings, String id, long seed) {
        OutboxRelay relay = new OutboxRelay(store, clock, List.of(new EmailDelivery(mail, clock)), settings, id,
                new Random(seed));
        return new RelayWorker(relay, settings);
    }

    private static String applicantOf(String dossierCode) {
        return "nguoi.nop." + dossierCode.substring(dossierCode.length() - 4) + "@example.vn";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
