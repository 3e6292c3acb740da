package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;
import static vn.motcua.testing.FixturePlumbing.wire;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.LegalClock;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.application.CitizenSupplements.ProvidedDocument;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.dossier.infrastructure.JpaDossierRepository;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.testing.FixturePlumbing;
import vn.motcua.workflow.WorkflowGateway;

/**
 * The applicant answers a supplement request asked for during appraisal, on our tables: the request's items and
 * deadline; only the applicant, only their own uploads, only for the items asked; sending attaches the documents,
 * puts the dossier back in processing, restarts the legal clock under the procedure's restart policy and tells the
 * process (supplementProvided) — the same path as the desk's.
 */
class CitizenSupplementsTest {

    private CounterFixture f;
    private final CitizenSupplements supplements = new CitizenSupplements();
    private final List<String> delivered = new ArrayList<>();
    private final List<DossierChanged> announced = new ArrayList<>();
    private Actor citizen;
    private Actor stranger;
    private String code;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
        f.sql("""
                INSERT INTO user_account (username, display_name, password_hash, account_kind, active, created_at)
                VALUES ('lan.citizen', 'Trần Thị Lan', 'x', 'CITIZEN', TRUE, '2025-07-01 00:00:00'),
                       ('other.citizen', 'Người khác', 'x', 'CITIZEN', TRUE, '2025-07-01 00:00:00')""");
        citizen = new Actor(accountOf("lan.citizen"), "lan.citizen", "Trần Thị Lan",
                List.of(new Actor.Grant(Role.CITIZEN, null)));
        stranger = new Actor(accountOf("other.citizen"), "other.citizen", "Người khác",
                List.of(new Actor.Grant(Role.CITIZEN, null)));
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        code = f.tx(() -> f.intake.receive(f.desk(), new CounterIntakeRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan",
                null, "0912345678", null, null, List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, declaration),
                new ReceivedPaper(2, PaperForm.ORIGINAL, null)), Map.of(), null, false))).dossierCode();
        // As if filed online by the citizen's account. (The fixture's native Hibernate session does not cascade
        // entries added after the first persist to the database, so the dossier stays the cached entity.)
        java.lang.reflect.Field account = Dossier.class.getDeclaredField("applicantAccountId");
        account.setAccessible(true);
        account.set(f.dossier(code), citizen.accountId());

        WorkflowGateway gateway = new WorkflowGateway() {
            @Override
            public void deliver(String processInstanceId, String messageName, Map<String, Object> variables) {
                delivered.add(messageName);
            }
        };
        DossierEvents events = new DossierEvents();
        wire(events, "changed", FixturePlumbing.<DossierChanged>events(announced::add));
        SupplementHandIn handIn = new SupplementHandIn();
        wire(handIn, "legalTime", f.legalTime, "workflow", gateway, "events", events, "clock", f.clock);
        JpaDossierRepository dossiers = new JpaDossierRepository();
        wire(dossiers, "em", f.em);
        ApplicantDossiers applicantDossiers = new ApplicantDossiers();
        wire(applicantDossiers, "dossiers", dossiers);
        Milestones milestones = new Milestones();
        wire(milestones, "calendars", new WorkingCalendars() {
            @Override
            public WorkingCalendar forUnit(String unitCode) {
                return CounterFixture.CALENDAR;
            }
        });
        wire(supplements, "applicantDossiers", applicantDossiers, "milestones", milestones, "documents", f.documents,
                "handIn", handIn, "em", f.em, "clock", f.clock);

        f.clock.setTo(CounterFixture.at("2026-03-03T09:00"));
        f.tx(() -> {
            Dossier dossier = f.em.createQuery("select d from Dossier d where d.code = :c", Dossier.class)
                    .setParameter("c", code).getSingleResult();
            String reasons = "Tờ khai chưa có chữ ký\nBản sao giấy khai sinh";
            f.legalTime.pauseForSupplement(dossier, reasons, "chuyenvien.tdm");
            dossier.requestSupplementDuringProcessing(reasons, "chuyenvien.tdm", f.clock.instant());
            return null;
        });
        f.clock.setTo(CounterFixture.at("2026-03-05T10:00"));
    }

    private long accountOf(String username) throws Exception {
        try (var c = f.database.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("select id from user_account where username = '" + username + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private long uploadAs(Actor who) {
        return f.tx(() -> f.documents.store(who, new ByteArrayInputStream(CounterFixture.pdf(1)), "bo-sung.pdf", null,
                DocumentPurpose.DOSSIER_COMPONENT)).id();
    }

    @Test
    void theApplicantSeesTheItemsAndDeadlineAndSendsTheSupplement() {
        var request = f.tx(() -> supplements.openRequest(citizen, code)).orElseThrow();
        assertThat(request.items()).containsExactly("Tờ khai chưa có chữ ký", "Bản sao giấy khai sinh");
        assertThat(request.deadline()).as("15 working days").isEqualTo(CounterFixture.at("2026-03-24T09:00"));
        long signed = uploadAs(citizen);

        f.tx(() -> {
            supplements.provide(citizen, code, List.of(new ProvidedDocument("Tờ khai chưa có chữ ký", signed)),
                    "Đã ký tờ khai");
            return null;
        });

        Dossier dossier = f.dossier(code);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(dossier.getHistory().get(dossier.getHistory().size() - 1).getAction()).isEqualTo("CLOCK_RESTARTED");
        assertThat(dossier.getHistory()).extracting(h -> h.getAction()).contains("SUPPLEMENTED");
        assertThat(dossier.clockEvents()).extracting(LegalClock.Event::kind)
                .containsExactly(LegalClock.Kind.START, LegalClock.Kind.PAUSE, LegalClock.Kind.RESTART);
        assertThat(dossier.getDueAt()).as("3 working days again from the complete dossier")
                .isEqualTo(CounterFixture.at("2026-03-10T10:00"));
        assertThat(delivered).containsExactly("supplementProvided");
        assertThat(announced).extracting(DossierChanged::actor).containsOnly(citizen);
        assertThat(f.tx(() -> supplements.documentsOf(dossier.getId()))).singleElement()
                .satisfies(d -> assertThat(d.documentId()).isEqualTo(signed));
        assertThat(f.tx(() -> supplements.openRequest(citizen, code))).isEmpty();
    }

    // Each refusal below is the test's only failing call: the fixture clears its session when a use case fails.

    @Test
    void anotherCitizenMayNotSend() {
        long theirs = uploadAs(stranger);
        assertThatThrownBy(() -> f.tx(() -> {
            supplements.provide(stranger, code, List.of(new ProvidedDocument("Tờ khai chưa có chữ ký", theirs)), null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertNothingSent();
    }

    @Test
    void theApplicantMayNotSendSomebodyElsesUpload() {
        long theirs = uploadAs(stranger);
        assertThatThrownBy(() -> f.tx(() -> {
            supplements.provide(citizen, code, List.of(new ProvidedDocument("Tờ khai chưa có chữ ký", theirs)), null);
            return null;
        })).isInstanceOf(InvalidRequestException.class).hasMessageContaining("Không tìm thấy tệp đã tải lên");
        assertNothingSent();
    }

    @Test
    void aDocumentMustAnswerAnItemAskedFor() {
        long mine = uploadAs(citizen);
        assertThatThrownBy(() -> f.tx(() -> {
            supplements.provide(citizen, code, List.of(new ProvidedDocument("Giấy tờ không được yêu cầu", mine)), null);
            return null;
        })).isInstanceOf(InvalidRequestException.class).hasMessageContaining("ứng với một mục trong yêu cầu");
        assertNothingSent();
    }

    @Test
    void nothingUploadedIsNothingToSend() {
        assertThatThrownBy(() -> f.tx(() -> {
            supplements.provide(citizen, code, List.of(), null);
            return null;
        })).isInstanceOf(InvalidRequestException.class).hasMessageContaining("ít nhất một giấy tờ");
        assertNothingSent();
    }

    private void assertNothingSent() {
        assertThat(f.count("select count(*) from dossier_supplement_document")).isZero();
        assertThat(f.count("select count(*) from dossier where status = 'AWAITING_SUPPLEMENT'")).isEqualTo(1);
        assertThat(delivered).isEmpty();
        assertThat(announced).isEmpty();
    }
}
