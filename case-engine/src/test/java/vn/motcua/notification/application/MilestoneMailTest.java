package vn.motcua.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.testing.FixturePlumbing.wire;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.dossier.application.Milestones;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxMessage;
import vn.motcua.notification.domain.SmsPayload;
import vn.motcua.notification.infrastructure.EmailDelivery;
import vn.motcua.notification.infrastructure.MailSettings;
import vn.motcua.notification.infrastructure.NotificationConfiguration;
import vn.motcua.organization.OrgUnit;
import vn.motcua.platform.time.BusinessTime;

/**
 * A public milestone of a dossier reaches its applicant through a real SMTP server (GreenMail): the supplement
 * request names its items and deadline, the result tells how to download or collect it; the text message is short
 * and in Vietnamese, and neither holds the personal ID.
 */
class MilestoneMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final Instant FILED = Instant.parse("2026-03-02T01:00:00Z");

    private final List<NewMessage> enqueued = new ArrayList<>();

    @Test
    void aSupplementRequestIsMailedWithItsItemsAndDeadline() throws Exception {
        Dossier dossier = dossier();
        dossier.requestSupplementAtIntake("Tờ khai chưa có chữ ký\nBản sao giấy khai sinh", "motcua.tdm",
                FILED.plus(Duration.ofHours(2)));

        MimeMessage mail = notifyAndDeliver(dossier);

        assertThat(mail.getSubject()).isEqualTo("[000.30.01.H29-260302-0001] Yêu cầu bổ sung, hoàn thiện hồ sơ");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lan@example.invalid");
        String body = GreenMailUtil.getBody(mail);
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(text).contains("Kính gửi ông/bà Trần Thị Lan,")
                .contains("- Tờ khai chưa có chữ ký\n- Bản sao giấy khai sinh")
                .contains("Thời hạn bổ sung: trước 10:00 ngày 23/03/2026")
                .contains("https://dvc.example.vn/citizen/dossier.xhtml?code=000.30.01.H29-260302-0001")
                .doesNotContain("079301000123");
        assertThat(body).isNotBlank();
        assertThat(sms()).isEqualTo("Hồ sơ 000.30.01.H29-260302-0001 cần bổ sung trước 10:00 ngày 23/03/2026. "
                + "Xem chi tiết tại trang hồ sơ trên cổng dịch vụ công.");
    }

    @Test
    void aFilingIsMailedWithTheLookupLink() throws Exception {
        MimeMessage mail = notifyAndDeliver(dossier());

        assertThat(mail.getSubject()).isEqualTo("[000.30.01.H29-260302-0001] Đã nhận hồ sơ Cấp Giấy xác nhận tình "
                + "trạng hôn nhân");
        assertThat((String) mail.getContent())
                .contains("https://dvc.example.vn/lookup.xhtml?code=000.30.01.H29-260302-0001")
                .contains("Ngày hẹn trả kết quả sẽ được thông báo khi hồ sơ được tiếp nhận.");
    }

    private MimeMessage notifyAndDeliver(Dossier dossier) throws Exception {
        DossierNotifications notifications = notifications(dossier);
        var last = dossier.getHistory().get(dossier.getHistory().size() - 1);
        notifications.onChange(new DossierChanged(1L, dossier.getCode().value(), "000.30.01.H29", "9.000001",
                last.getAction(), last.getFromStatus(), last.getToStatus(), Actor.SYSTEM, last.getNote(),
                last.getOccurredAt()));
        NewMessage email = enqueued.stream().filter(m -> m.channel() == OutboxChannel.EMAIL).findFirst().orElseThrow();
        MailSettings mail = new MailSettings("127.0.0.1", SMTP.getSmtp().getPort(), "no-reply@dvc.example.vn",
                "Cổng dịch vụ công", false, null, null, Duration.ofSeconds(10));
        new EmailDelivery(mail, Clock.fixed(FILED, ZoneOffset.UTC)).deliver(new OutboxMessage(1, email.aggregateType(),
                email.aggregateId(), email.channel(), email.messageType(), email.payload(), email.idempotencyKey(), 1));
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        return SMTP.getReceivedMessages()[0];
    }

    private String sms() {
        return SmsPayload.fromJson(enqueued.stream().filter(m -> m.channel() == OutboxChannel.SMS).findFirst()
                .orElseThrow().payload()).text();
    }

    private DossierNotifications notifications(Dossier dossier) {
        DossierRepository repository = (DossierRepository) java.lang.reflect.Proxy.newProxyInstance(
                DossierRepository.class.getClassLoader(), new Class<?>[] {DossierRepository.class},
                (proxy, method, args) -> method.getName().equals("findById") ? Optional.of(dossier) : null);
        Outbox outbox = new Outbox() {
            @Override
            public long enqueue(NewMessage message) {
                enqueued.add(message);
                return enqueued.size();
            }

            @Override
            public boolean enqueueOnce(NewMessage message) {
                if (enqueued.stream().anyMatch(m -> m.idempotencyKey().equals(message.idempotencyKey()))) {
                    return false;
                }
                enqueued.add(message);
                return true;
            }
        };
        NotificationConfiguration configuration = new NotificationConfiguration();
        wire(configuration, "templatesDir", Optional.empty(), "portalUrl", "https://dvc.example.vn/");
        Milestones milestones = new Milestones();
        wire(milestones, "calendars", new WorkingCalendars() {
            @Override
            public WorkingCalendar forUnit(String unitCode) {
                return WorkingCalendar.weekdays(BusinessTime.ZONE);
            }
        });
        DossierNotifications notifications = new DossierNotifications();
        wire(notifications, "dossiers", repository, "outbox", outbox, "configuration", configuration,
                "milestones", milestones);
        return notifications;
    }

    private static Dossier dossier() throws Exception {
        OrgUnit unit = instance(OrgUnit.class, Map.of("id", 1L, "code", "000.30.01.H29",
                "name", "Ủy ban nhân dân phường Thủ Dầu Một", "level", vn.motcua.organization.UnitLevel.COMMUNE,
                "validFrom", LocalDate.of(2025, 7, 1)));
        Procedure procedure = instance(Procedure.class, Map.of("id", 1L, "code", "9.000001",
                "name", "Cấp Giấy xác nhận tình trạng hôn nhân", "field", "Hộ tịch"));
        ProcedureVersion version = instance(ProcedureVersion.class, Map.of("id", 1L, "procedure", procedure,
                "versionNo", 1, "validFrom", LocalDate.of(2025, 7, 1), "processKey", "oneStopDossier",
                "duration", new vn.motcua.catalog.ProcessingTime(3, DurationUnit.WORKING_DAYS), "feeAmount", 0L,
                "resultName", "Giấy xác nhận"));
        return Dossier.submitOnline(new DossierCode("000.30.01.H29-260302-0001"), version, unit,
                new Applicant("Trần Thị Lan", "079301000123", "0912345678", "lan@example.invalid"), 7L, "{}", FILED);
    }

    private static <T> T instance(Class<T> type, Map<String, Object> fields) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        T instance = constructor.newInstance();
        for (Map.Entry<String, Object> entry : fields.entrySet()) {
            Field field = type.getDeclaredField(entry.getKey());
            field.setAccessible(true);
            field.set(instance, entry.getValue());
        }
        return instance;
    }
}
