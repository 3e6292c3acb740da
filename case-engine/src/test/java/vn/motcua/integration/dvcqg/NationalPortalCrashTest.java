package vn.motcua.integration.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import vn.motcua.integration.sandbox.FakeNationalPortal;
import vn.motcua.integration.sandbox.FakePortalServer;
import vn.motcua.integration.sandbox.FaultModel;
import vn.motcua.platform.database.ConfiguredDataSource;
import vn.motcua.platform.database.SchemaMigrator;

/**
 * Acceptance A2: the relay runs in a child JVM while the database (H2 served over TCP, as a database server outlives
 * the application) and the fake portal (with the A1 fault model and every answer slowed down, so deliveries are in
 * flight) stay in this JVM, the portal keeping its record. The child is killed
 * ({@code destroyForcibly}) in the middle of the deliveries; a new child starts on the same database and drains the
 * outbox after the dead node's leases run out. The portal ends with every message exactly once after deduplication,
 * in order per dossier, nothing lost. {@code -Ddvcqg.crash-report=FILE} writes what happened.
 */
class NationalPortalCrashTest {

    private static final int DOSSIERS = 40;
    private static final long LEASE_MILLIS = 2000;

    @Test
    void killingTheRelayMidDeliveryLosesAndDuplicatesNothing() throws Exception {
        Path folder = Path.of("target", "dvcqg-crash", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(folder);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Server database = Server.createTcpServer("-tcpPort", String.valueOf(port), "-baseDir", folder.toString(),
                "-ifNotExists").start();
        String url = "jdbc:h2:tcp://127.0.0.1:" + port + "/motcua;MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("sa");
        SchemaMigrator.migrate(dataSource, false);
        SyncFixture fixture = new SyncFixture(dataSource);
        for (int i = 1; i <= DOSSIERS; i++) {
            SyncFixture.Journey journey = fixture.journey(i);
            journey.file();
            while (journey.advance()) {
                // every change of the journey is enqueued before the relay starts
            }
        }
        Map<String, List<String>> enqueued = SyncFixture.enqueuedKeys(dataSource);
        int messages = enqueued.values().stream().mapToInt(List::size).sum();

        FaultModel faults = new FaultModel(20251122L, 0.05, 0.5, Duration.ofMillis(700), 1.0, Duration.ofMillis(15),
                0, 0);
        FakeNationalPortal portal = new FakeNationalPortal(NationalPortalSettings.SANDBOX_USERNAME,
                NationalPortalSettings.SANDBOX_PASSWORD, faults);
        StringBuilder report = new StringBuilder();
        try (FakePortalServer server = new FakePortalServer(portal)) {
            Process first = relay(url, server.url(), "child-1", folder);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (portal.delivered().size() < messages / 3 && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(first.isAlive()).as("the first relay is still delivering when it is killed").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int takenAtKill = portal.delivered().size();

            long leased = count(dataSource, "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' "
                    + "AND lease_owner LIKE 'child-1%' AND lease_until > ?");
            long deliveredAtKill = count(dataSource, "SELECT COUNT(*) FROM outbox_message WHERE status = 'DELIVERED'");
            report.append(String.format("messages %d for %d dossiers%n", messages, DOSSIERS))
                    .append(String.format("killed child-1 (destroyForcibly) with %d messages taken by the portal, "
                            + "%d recorded delivered in the outbox, %d leased by child-1 and in flight%n",
                            takenAtKill, deliveredAtKill, leased));

            Process second = relay(url, server.url(), "child-2", folder);
            assertThat(second.waitFor(3, TimeUnit.MINUTES)).as("the second relay drains the outbox").isTrue();
            assertThat(second.exitValue()).isZero();
        }

        Map<String, Long> byStatus = new java.util.TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<FakeNationalPortal.Attempt> attempts = portal.attempts();
        report.append(String.format("after restart: outbox %s; portal attempts %d, delivered after deduplication %d, "
                        + "duplicates absorbed %d, attempts / delivered = %.4f%n", byStatus, attempts.size(),
                portal.delivered().size(), portal.duplicates(), (double) attempts.size() / messages));
        System.out.print(report);
        String reportFile = System.getProperty("dvcqg.crash-report");
        if (reportFile != null) {
            Files.writeString(Path.of(reportFile), report);
        }

        assertThat(byStatus).containsExactly(Map.entry("DELIVERED", (long) messages));
        assertThat(portal.keysByDossier()).as("nothing lost, nothing extra, in order per dossier").isEqualTo(enqueued);
        assertThat(portal.delivered()).hasSize(messages);
        shutdown(dataSource);
        database.stop();
    }

    private static Process relay(String url, String portalUrl, String node, Path folder) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), RelayProcess.class.getName(),
                url, portalUrl, String.valueOf(LEASE_MILLIS), node));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(node + ".log").toFile()).start();
    }

    private static long count(ConfiguredDataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void shutdown(ConfiguredDataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
