package vn.motcua.integration.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.integration.outbox.PermanentDeliveryFailure;
import vn.motcua.integration.sandbox.FakeNationalPortal;
import vn.motcua.integration.sandbox.FakePortalServer;
import vn.motcua.integration.sandbox.FaultModel;
import vn.motcua.platform.database.TestDatabase;

/**
 * The national portal's client against the fake portal over HTTP: it renews an expired session, tells transient
 * failures (timeouts, 5xx, no connection, refused login) from permanent ones (the portal refuses the content), and
 * logs every exchange with the password and the session token masked.
 */
class PortalClientTest {

    private static final String VALID = "{\"service\":\"CapNhatTienDoHoSoMC\",\"isUpdating\":true,\"data\":"
            + "[{\"MaHoSo\":\"000.30.01.H29-260302-0001\",\"TrangThai\":2}]}";

    private DataSource dataSource;
    private FakeNationalPortal portal;
    private FakePortalServer server;

    @BeforeEach
    void start() throws Exception {
        dataSource = TestDatabase.H2.openMigrated("motcua_dvcqg_client", false);
        portal = new FakeNationalPortal(NationalPortalSettings.SANDBOX_USERNAME, NationalPortalSettings.SANDBOX_PASSWORD,
                FaultModel.NONE);
        server = new FakePortalServer(portal);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void anExpiredSessionIsRenewedAndThePostRepeatedOnce() {
        PortalClient client = client(server.url(), NationalPortalSettings.SANDBOX_PASSWORD, Duration.ofSeconds(5));
        client.post(subject("k1"), VALID);
        portal.expireSessions();

        client.post(subject("k2"), VALID);

        assertThat(portal.logins()).isEqualTo(2);
        assertThat(portal.delivered()).extracting(FakeNationalPortal.Delivery::idempotencyKey)
                .containsExactly("k1", "k2");
        List<Exchange> log = new ExchangeLog(dataSource).list(null, null, 10);
        assertThat(log).extracting(Exchange::service).containsExactly("CapNhatTienDoHoSoMC", "login",
                "CapNhatTienDoHoSoMC", "CapNhatTienDoHoSoMC", "login");
        assertThat(log).extracting(Exchange::httpStatus).containsExactly(200, 200, 401, 200, 200);
        assertThat(log.get(2).outcome()).isEqualTo("RETRY");
        assertThat(log.get(0).idempotencyKey()).isEqualTo("k2");
    }

    @Test
    void theLogMasksThePasswordTheSessionAndPersonalIds() {
        PortalClient client = client(server.url(), NationalPortalSettings.SANDBOX_PASSWORD, Duration.ofSeconds(5));
        client.post(subject("k1"), VALID.replace("\"TrangThai\":2", "\"TrangThai\":2,\"SoDinhDanh\":\"079301000123\""));

        List<Exchange> log = new ExchangeLog(dataSource).list(null, null, 10);
        Exchange login = log.get(1);
        assertThat(login.requestBody()).contains("\"password\":\"[REDACTED]\"")
                .doesNotContain(NationalPortalSettings.SANDBOX_PASSWORD);
        assertThat(login.responseBody()).contains("\"session\":\"[REDACTED]\"");
        assertThat(log.get(0).requestBody()).contains("*********123").doesNotContain("079301000123");
        assertThat(log.get(0).durationMillis()).isNotNegative();
    }

    @Test
    void aServerErrorIsTransient() {
        portal.use(new FaultModel(1, 1.0, 0.0, Duration.ZERO, 0, Duration.ZERO, 0, 0));
        PortalClient client = client(server.url(), NationalPortalSettings.SANDBOX_PASSWORD, Duration.ofSeconds(5));

        assertThatThrownBy(() -> client.post(subject("k1"), VALID)).isInstanceOf(PortalUnavailable.class)
                .hasMessageContaining("503");
        assertThat(portal.delivered()).isEmpty();
    }

    @Test
    void aTimeoutAfterThePortalTookTheMessageIsTransientAndTheRepeatIsRecognised() {
        portal.use(new FaultModel(1, 1.0, 1.0, Duration.ofMillis(800), 0, Duration.ZERO, 0, 0));
        PortalClient client = client(server.url(), NationalPortalSettings.SANDBOX_PASSWORD, Duration.ofMillis(300));

        assertThatThrownBy(() -> client.post(subject("k1"), VALID)).isInstanceOf(PortalUnavailable.class)
                .hasMessageContaining("did not answer");
        portal.use(FaultModel.NONE);
        client.post(subject("k1"), VALID);

        assertThat(portal.delivered()).hasSize(1);
        assertThat(portal.duplicates()).isEqualTo(1);
        assertThat(new ExchangeLog(dataSource).list(null, "RETRY", 10)).singleElement()
                .satisfies(e -> assertThat(e.error()).startsWith("timed out"));
    }

    @Test
    void contentThePortalRefusesIsAPermanentFailureThroughTheOutboxHandler() {
        NationalPortalDelivery delivery = new NationalPortalDelivery(
                client(server.url(), NationalPortalSettings.SANDBOX_PASSWORD, Duration.ofSeconds(5)));
        String invalid = VALID.replace("\"TrangThai\":2", "\"TrangThai\":11");

        assertThatThrownBy(() -> delivery.deliver(new OutboxMessage(7, "DOSSIER", "000.30.01.H29-260302-0001",
                OutboxChannel.DVCQG, "CapNhatTienDoHoSoMC", invalid, "k1", 1)))
                .isInstanceOf(PermanentDeliveryFailure.class).hasMessageContaining("400")
                .hasMessageContaining("Trạng thái (TrangThai) không hợp lệ");
        Exchange logged = new ExchangeLog(dataSource).list("000.30.01.H29-260302-0001", null, 10).get(0);
        assertThat(logged.outcome()).isEqualTo("REJECTED");
        assertThat(logged.outboxMessageId()).isEqualTo(7L);
        assertThat(logged.attempt()).isEqualTo(1);
    }

    @Test
    void aRefusedLoginAndAnUnreachablePortalAreTransient() throws Exception {
        PortalClient wrongPassword = client(server.url(), "not-the-password", Duration.ofSeconds(5));
        assertThatThrownBy(() -> wrongPassword.post(subject("k1"), VALID)).isInstanceOf(PortalUnavailable.class)
                .hasMessageContaining("login answered 401");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PortalClient unreachable = client("http://127.0.0.1:" + closedPort + "/dvcqg",
                NationalPortalSettings.SANDBOX_PASSWORD, Duration.ofSeconds(5));
        assertThatThrownBy(() -> unreachable.post(subject("k1"), VALID)).isInstanceOf(PortalUnavailable.class)
                .hasMessageContaining("cannot be reached");
    }

    private PortalClient client(String url, String password, Duration timeout) {
        return new PortalClient(new PortalConnection(URI.create(url), RelayHarness.DSTCODE,
                NationalPortalSettings.SANDBOX_USERNAME, password, Duration.ofSeconds(2), timeout),
                new ExchangeLog(dataSource), Clock.systemUTC());
    }

    private static ExchangeLog.Subject subject(String key) {
        return new ExchangeLog.Subject("CapNhatTienDoHoSoMC", "000.30.01.H29-260302-0001", key, null, null);
    }
}
