package vn.motcua.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.notification.application.InboxItemView;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.notification.domain.InboxPayload;
import vn.motcua.platform.database.TestDatabase;

class InboxDeliveryTest {

    private DataSource dataSource;
    private InboxDelivery delivery;
    private InboxStore inbox;

    @BeforeEach
    void migrate() {
        dataSource = TestDatabase.H2.openMigrated("inbox", true);
        Clock clock = Clock.fixed(Instant.parse("2025-06-12T01:00:00Z"), ZoneOffset.UTC);
        delivery = new InboxDelivery(dataSource, clock);
        inbox = new InboxStore(dataSource);
    }

    @AfterEach
    void release() throws SQLException {
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void aNoticeForAUnitAndRoleReachesItsHoldersOnceEvenWhenDeliveredTwice() {
        InboxPayload notice = InboxPayload.toUnitRole(InboxKind.NEW_TASK, "000.30.01.H29", "SPECIALIST",
                "000.30.01.H29-250612-0001", "specialistHandles", null,
                "/workspace/dossier.xhtml?code=000.30.01.H29-250612-0001");
        OutboxMessage message = new OutboxMessage(1, "DOSSIER", "000.30.01.H29-250612-0001", OutboxChannel.INBOX,
                "INBOX_NEW_TASK", notice.toJson(), "TASK:42:NEW", 1);

        delivery.deliver(message);
        delivery.deliver(message);

        assertThat(inbox.latest("chuyenvien.tdm", 10)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(InboxKind.NEW_TASK);
            assertThat(item.dossierCode()).isEqualTo("000.30.01.H29-250612-0001");
            assertThat(item.read()).isFalse();
        });
        assertThat(inbox.latest("motcua.tdm", 10)).as("only holders of the role").isEmpty();
    }

    @Test
    void anOfficialMarksTheirNoticeRead() {
        InboxPayload notice = InboxPayload.toAccount(InboxKind.RETURNED_TO_YOU, "chuyenvien.tdm",
                "000.30.01.H29-250612-0002", "specialistHandles", "Bổ sung căn cứ pháp lý", null);
        delivery.deliver(new OutboxMessage(2, "DOSSIER", "000.30.01.H29-250612-0002", OutboxChannel.INBOX,
                "INBOX_RETURNED_TO_YOU", notice.toJson(), "DOSSIER:000.30.01.H29-250612-0002:6:INBOX", 1));
        assertThat(inbox.unread("chuyenvien.tdm")).isEqualTo(1);
        long id = inbox.latest("chuyenvien.tdm", 10).get(0).id();

        assertThat(inbox.markRead("lanhdao.tdm", id, Instant.parse("2025-06-12T02:00:00Z")))
                .as("nobody marks another official's notice").isZero();
        inbox.markRead("chuyenvien.tdm", id, Instant.parse("2025-06-12T02:00:00Z"));

        assertThat(inbox.unread("chuyenvien.tdm")).isZero();
        assertThat(inbox.latest("chuyenvien.tdm", 10)).extracting(InboxItemView::read, InboxItemView::note)
                .containsExactly(tuple(true, "Bổ sung căn cứ pháp lý"));
    }
}
