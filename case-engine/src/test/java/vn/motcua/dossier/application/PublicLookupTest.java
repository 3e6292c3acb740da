package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;
import static vn.motcua.testing.FixturePlumbing.entityClasses;
import static vn.motcua.testing.FixturePlumbing.wire;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.dossier.infrastructure.JpaDossierRepository;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.platform.database.MotCuaDialectResolver;

/**
 * The public lookup on H2 with two "nodes" — two service instances, each with its own Hibernate session factory and
 * connection, on one database: a wrong second factor gets the unknown code's answer; after ten failures for a code
 * within fifteen minutes, on whichever node, every try for that code is refused, even the right one, until the
 * lockout ends.
 */
class PublicLookupTest {

    private CounterFixture f;
    private SessionFactory otherSessions;
    private EntityManager otherEm;
    private PublicLookup nodeA;
    private PublicLookup nodeB;
    private String code;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        code = f.tx(() -> f.intake.receive(f.desk(), new CounterIntakeRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan",
                "079301000123", "0912 345 678", null, "12 Yersin, phường Thủ Dầu Một",
                List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, declaration), new ReceivedPaper(2, PaperForm.ORIGINAL,
                        null)), Map.of(), null, false))).dossierCode();
        otherSessions = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, f.database)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC").build())
                .addAnnotatedClasses(entityClasses().toArray(Class<?>[]::new)).buildMetadata().buildSessionFactory();
        otherEm = otherSessions.createEntityManager();
        LookupSettings settings = new LookupSettings(10, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));
        nodeA = node(f.em, settings);
        nodeB = node(otherEm, settings);
    }

    private PublicLookup node(EntityManager em, LookupSettings settings) {
        JpaDossierRepository dossiers = new JpaDossierRepository();
        wire(dossiers, "em", em);
        OrgUnitRepository units = new OrgUnitRepository();
        wire(units, "em", em);
        Milestones milestones = new Milestones();
        wire(milestones, "calendars", new WorkingCalendars() {
            @Override
            public WorkingCalendar forUnit(String unitCode) {
                return CounterFixture.CALENDAR;
            }
        }, "units", units);
        return new PublicLookup(dossiers, milestones, new LookupThrottle(em), settings, f.clock);
    }

    @AfterEach
    void close() throws Exception {
        otherEm.close();
        otherSessions.close();
        f.close();
    }

    private PublicLookup.Answer onA(String code, String last4) {
        return f.tx(() -> nodeA.lookup(code, last4, null));
    }

    private PublicLookup.Answer onB(String code, String last4) {
        return inTx(otherEm, () -> nodeB.lookup(code, last4, null));
    }

    private static <T> T inTx(EntityManager em, Supplier<T> work) {
        EntityTransaction tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.clear();
        }
    }

    @Test
    void theRightCodeAndDigitsShowThePublicTimelineWithoutPersonalData() {
        PublicLookup.Answer answer = onA(code, "5678");

        assertThat(answer).isInstanceOfSatisfying(PublicLookup.Found.class, found -> {
            PublicTimeline t = found.timeline();
            assertThat(t.code()).isEqualTo(code);
            assertThat(t.procedureName()).isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
            assertThat(t.maskedApplicantName()).isEqualTo("T*** T*** L***");
            assertThat(t.status()).isEqualTo("RECEIVED");
            assertThat(t.milestones()).extracting(PublicTimeline.Milestone::kind)
                    .containsExactly("SUBMITTED", "ACCEPTED", "DUE");
            assertThat(t.milestones().get(2).expectedAt()).isEqualTo(CounterFixture.at("2026-03-05T08:00"));
            assertThat(t.nextStep().kind()).isEqualTo("WAIT_PROCESSING");
            assertThat(t.toString()).doesNotContain("079301000123").doesNotContain("0912").doesNotContain("Trần");
        });
        assertThat(onB(code.toLowerCase(), " 5678 ")).as("the code in small letters, digits with spaces")
                .isInstanceOf(PublicLookup.Found.class);
    }

    @Test
    void aWrongSecondFactorGetsTheAnswerOfAnUnknownCode() {
        PublicLookup.Answer wrongDigits = onA(code, "1234");
        PublicLookup.Answer unknownCode = onA(UNIT + "-260302-9999", "5678");
        PublicLookup.Answer garbage = onA("không phải mã", "5678");

        assertThat(wrongDigits).isEqualTo(unknownCode).isEqualTo(garbage).isEqualTo(new PublicLookup.NotFound());
    }

    @Test
    void tenFailuresOnTwoNodesLockTheCodeOutEvenForTheRightDigitsUntilTheLockoutEnds() {
        for (int i = 0; i < 10; i++) {
            f.clock.setTo(f.clock.instant().plusSeconds(30));
            PublicLookup.Answer answer = i % 2 == 0 ? onA(code, "000" + i) : onB(code, "000" + i);
            assertThat(answer).as("try %d", i + 1).isInstanceOf(PublicLookup.NotFound.class);
        }
        java.time.Instant tenth = f.clock.instant();
        f.clock.setTo(tenth.plusSeconds(30));

        assertThat(onA(code, "5678")).as("the 11th try, right digits, on node A")
                .isEqualTo(new PublicLookup.Throttled(tenth.plus(Duration.ofMinutes(15))));
        assertThat(onB(code, "5678")).as("and on node B").isInstanceOf(PublicLookup.Throttled.class);
        assertThat(f.count("select count(*) from lookup_failure where subject like 'code:%'"))
                .as("refused tries are not counted").isEqualTo(10);
        assertThat(onB(UNIT + "-260302-0002", "5678")).as("another code is not locked")
                .isInstanceOf(PublicLookup.NotFound.class);

        f.clock.setTo(tenth.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(onB(code, "5678")).as("after the lockout").isInstanceOf(PublicLookup.Found.class);
    }

    @Test
    void nineFailuresSpreadOverMoreThanTheWindowDoNotLockTheCodeOut() {
        for (int i = 0; i < 12; i++) {
            f.clock.setTo(f.clock.instant().plus(Duration.ofMinutes(2)));
            onA(code, "0000");
        }
        assertThat(onB(code, "5678")).as("at most 8 failures in any 15 minutes").isInstanceOf(PublicLookup.Found.class);
    }

    @Test
    void oneClientAddressFailingOnManyCodesIsRefusedToo() {
        LookupSettings strict = new LookupSettings(10, 3, Duration.ofMinutes(15), Duration.ofMinutes(15));
        PublicLookup node = node(f.em, strict);
        for (int i = 1; i <= 3; i++) {
            String other = UNIT + "-260302-000" + (i + 1);
            assertThat(f.tx(() -> node.lookup(other, "5678", "203.0.113.7"))).isInstanceOf(PublicLookup.NotFound.class);
        }
        assertThat(f.tx(() -> node.lookup(code, "5678", "203.0.113.7"))).isInstanceOf(PublicLookup.Throttled.class);
        assertThat(f.tx(() -> node.lookup(code, "5678", "198.51.100.2"))).isInstanceOf(PublicLookup.Found.class);
    }
}
