package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;
import static vn.motcua.testing.FixturePlumbing.wire;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRating;
import vn.motcua.dossier.domain.DossierRating.Assessment;
import vn.motcua.dossier.domain.DossierRating.Satisfaction;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.dossier.infrastructure.JpaDossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;

/**
 * The applicant rates a dossier once its result is ready, once: the answers and the computed indices are stored with
 * the units and officials who handled it; before the result, or a second time, the rating is refused.
 */
class RatingsTest {

    private CounterFixture f;
    private final Ratings ratings = new Ratings();
    private Actor citizen;
    private String code;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
        f.sql("""
                INSERT INTO user_account (username, display_name, password_hash, account_kind, active, created_at)
                VALUES ('lan.citizen', 'Trần Thị Lan', 'x', 'CITIZEN', TRUE, '2025-07-01 00:00:00')""");
        long account;
        try (var c = f.database.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("select id from user_account where username = 'lan.citizen'")) {
            r.next();
            account = r.getLong(1);
        }
        citizen = new Actor(account, "lan.citizen", "Trần Thị Lan", List.of(new Actor.Grant(Role.CITIZEN, null)));
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        code = f.tx(() -> f.intake.receive(f.desk(), new CounterIntakeRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan",
                null, "0912345678", null, null, List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, declaration),
                new ReceivedPaper(2, PaperForm.ORIGINAL, null)), Map.of(), null, false))).dossierCode();
        set(f.dossier(code), "applicantAccountId", account);

        JpaDossierRepository dossiers = new JpaDossierRepository();
        wire(dossiers, "em", f.em);
        ApplicantDossiers applicantDossiers = new ApplicantDossiers();
        wire(applicantDossiers, "dossiers", dossiers);
        wire(ratings, "applicantDossiers", applicantDossiers, "legalTime", f.legalTime, "calendars",
                new WorkingCalendars() {
                    @Override
                    public WorkingCalendar forUnit(String unitCode) {
                        return CounterFixture.CALENDAR;
                    }
                }, "em", f.em, "clock", f.clock, "statistics", f.statistics);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = Dossier.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private final Ratings.RatingForm answers = new Ratings.RatingForm(Satisfaction.SATISFIED, Assessment.SATISFIED,
            Assessment.VERY_SATISFIED, "Cán bộ hướng dẫn tận tình");

    @Test
    void aDossierIsRatedOnceItsResultIsReadyAndOnlyOnce() throws Exception {
        assertThat(f.tx(() -> ratings.mayRate(citizen, code))).as("still processing").isFalse();
        assertThatThrownBy(() -> f.tx(() -> ratings.rate(citizen, code, answers)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("đã có kết quả");

        Dossier dossier = f.dossier(code);
        set(dossier, "status", DossierStatus.RESULT_READY);
        set(dossier, "resultReadyAt", CounterFixture.at("2026-03-04T15:00"));
        set(dossier, "applicantAccountId", citizen.accountId());
        assertThat(f.tx(() -> ratings.mayRate(citizen, code))).isTrue();

        DossierRating.Scores scores = f.tx(() -> ratings.rate(citizen, code, answers));

        assertThat(scores).as("a day early, no step late, no supplement, one desk").isEqualTo(
                new DossierRating.Scores(2, 1, 2, 2));
        DossierRating stored = f.tx(() -> f.em.createQuery("select r from DossierRating r", DossierRating.class)
                .getSingleResult());
        assertThat(stored.getSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(stored.getOverall()).isEqualTo(Assessment.VERY_SATISFIED);
        assertThat(stored.getComment()).isEqualTo("Cán bộ hướng dẫn tận tình");
        assertThat(stored.getUnitCodes()).containsExactly(UNIT);
        assertThat(stored.getOfficials()).contains("motcua.tdm");
        assertThat(f.tx(() -> ratings.mayRate(citizen, code))).isFalse();
        assertThat(f.tx(() -> ratings.rating(citizen, code))).get()
                .satisfies(r -> assertThat(r.satisfaction()).isEqualTo("SATISFIED"));

        assertThatThrownBy(() -> f.tx(() -> ratings.rate(citizen, code, answers)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("đã được đánh giá");
        assertThat(f.count("select count(*) from dossier_rating")).isEqualTo(1);
    }
}
