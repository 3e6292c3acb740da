package vn.motcua.integration.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.testing.FixturePlumbing.wire;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.integration.sandbox.FakeNationalPortal;
import vn.motcua.integration.sandbox.FakePortalServer;
import vn.motcua.integration.sandbox.FaultModel;
import vn.motcua.platform.database.TestDatabase;

/**
 * Reconciliation finds what the national portal lacks or holds behind our dossiers and repairs it with the current
 * snapshot; a dossier whose messages are still in the outbox is not drift, and one in sync is left alone.
 */
class NationalPortalReconciliationTest {

    private static final LocalDate FILED = LocalDate.of(2026, 3, 2);

    @Test
    void missingAndBehindDossiersAreRepairedInFlightAndInSyncOnesAreLeftAlone() throws Exception {
        DataSource dataSource = TestDatabase.H2.openMigrated("motcua_dvcqg_reconcile", true);
        FakeNationalPortal portal = new FakeNationalPortal(NationalPortalSettings.SANDBOX_USERNAME,
                NationalPortalSettings.SANDBOX_PASSWORD, FaultModel.NONE);
        SyncFixture fixture = new SyncFixture(dataSource);
        try (FakePortalServer server = new FakePortalServer(portal)) {
            List<SyncFixture.Journey> journeys = List.of(fixture.journey(1), fixture.journey(2), fixture.journey(3),
                    fixture.journey(4), fixture.journey(5), fixture.journey(6));
            for (SyncFixture.Journey journey : journeys) {
                journey.file();
                journey.advance();
            }
            drain(dataSource, server);

            // drift: the portal lost dossier 2; dossier 4 changed while sync was off (its message never left)
            portal.forget(code(journeys.get(1)));
            wire(fixture.settings, "sync", Optional.of(false));
            journeys.get(3).advance();
            wire(fixture.settings, "sync", Optional.of(true));
            // in flight: dossier 5 changed and its messages wait in the outbox (no relay running)
            journeys.get(4).advance();
            for (SyncFixture.Journey journey : journeys) {
                store(dataSource, journey.dossier);
            }

            NationalPortalReconciliation reconciliation = reconciliation(dataSource, server, fixture);
            ReconciliationReport report = reconciliation.reconcile(FILED, FILED);

            assertThat(report.checked()).isEqualTo(6);
            assertThat(report.inSync()).isEqualTo(3);
            assertThat(report.inFlight()).isEqualTo(1);
            assertThat(report.repaired()).isEqualTo(2);
            assertThat(report.repairedCodes()).containsExactly(code(journeys.get(1)), code(journeys.get(3)));
            assertThat(report.summary()).isEqualTo("Đối soát hồ sơ nộp từ 2026-03-02 đến 2026-03-02: kiểm tra 6, "
                    + "khớp 3, đang gửi 1, đã gửi bù 2.");

            drain(dataSource, server);
            for (SyncFixture.Journey journey : journeys) {
                assertThat(portal.dossier(code(journey)).orElseThrow().getInt("TrangThaiHoSo"))
                        .as("portal status of %s", code(journey)).isEqualTo(journey.dossier.getStatus().nationalCode());
            }
            assertThat(reconciliation.reconcile(FILED, FILED).inSync()).as("nothing left to repair").isEqualTo(6);
            assertThat(reconciliation.reconcile(FILED.plusDays(1), FILED.plusDays(2)).checked()).isZero();
            assertThatThrownBy(() -> reconciliation.reconcile(FILED, FILED.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before it starts");
        }
        TestDatabase.H2.release(dataSource);
    }

    private static NationalPortalReconciliation reconciliation(DataSource dataSource, FakePortalServer server,
                                                               SyncFixture fixture) {
        NationalPortalReconciliation reconciliation = new NationalPortalReconciliation();
        PortalClient client = new PortalClient(new PortalConnection(URI.create(server.url()), RelayHarness.DSTCODE,
                NationalPortalSettings.SANDBOX_USERNAME, NationalPortalSettings.SANDBOX_PASSWORD,
                Duration.ofSeconds(2), Duration.ofSeconds(5)), new ExchangeLog(dataSource), Clock.systemUTC());
        wire(reconciliation, "dataSource", dataSource, "portal", client, "dossiers", fixture.repository,
                "outbox", fixture.outbox, "clock", Clock.systemUTC());
        return reconciliation;
    }

    private static void drain(DataSource dataSource, FakePortalServer server) throws Exception {
        try (RelayHarness relay = new RelayHarness(dataSource, server.url(), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 1, "node-r", 3)) {
            assertThat(relay.awaitDrained(0, Duration.ofSeconds(60))).isTrue();
        }
    }

    /** Our dossier table as the reconciliation reads it: code, national status, filing time. */
    private static void store(DataSource dataSource, Dossier dossier) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            long unit;
            long version;
            try (Statement statement = connection.createStatement();
                 ResultSet units = statement.executeQuery("SELECT MIN(id) FROM org_unit")) {
                units.next();
                unit = units.getLong(1);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet versions = statement.executeQuery("SELECT MIN(id) FROM procedure_version")) {
                versions.next();
                version = versions.getLong(1);
            }
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO dossier (id, code, "
                    + "procedure_version_id, receiving_unit_id, applicant_name, channel, status, national_status, "
                    + "submitted_at) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                merge.setLong(1, dossier.getId());
                merge.setString(2, dossier.getCode().value());
                merge.setLong(3, version);
                merge.setLong(4, unit);
                merge.setString(5, dossier.getApplicant().getName());
                merge.setString(6, dossier.getChannel().name());
                merge.setString(7, dossier.getStatus().name());
                merge.setInt(8, dossier.getNationalStatus());
                merge.setObject(9, LocalDateTime.ofInstant(dossier.getSubmittedAt(), ZoneOffset.UTC));
                merge.executeUpdate();
            }
        }
    }

    private static String code(SyncFixture.Journey journey) {
        return journey.dossier.getCode().value();
    }
}
