package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.domain.DossierRating.Scores;
import vn.motcua.platform.time.BusinessTime;

/** The scored indices 1–4 of the evaluation criteria, computed from what a dossier's record says. */
class RatingScoresTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.weekdays(BusinessTime.ZONE);
    private static final Instant DUE = CounterFixture.at("2026-03-05T17:00");

    @Test
    void aDossierFinishedADayEarlyEverywhereWithoutSupplementScoresFullMarks() {
        Scores scores = RatingScores.of(DUE, CounterFixture.at("2026-03-04T10:00"),
                List.of(Timeliness.EARLY, Timeliness.EARLY), 0, 1, CALENDAR);

        assertThat(scores).isEqualTo(new Scores(2, 2, 2, 2));
        assertThat(scores.total()).isEqualTo(8);
    }

    @Test
    void onTheDueDayWithOneStepOnTimeAndOneSupplementScoresOneEach() {
        Scores scores = RatingScores.of(DUE, CounterFixture.at("2026-03-05T16:00"),
                List.of(Timeliness.EARLY, Timeliness.ON_TIME), 1, 2, CALENDAR);

        assertThat(scores).isEqualTo(new Scores(1, 1, 1, 1));
    }

    @Test
    void lateOverallOrAtOneAgencyAndRepeatedContactsScoreNothing() {
        Scores scores = RatingScores.of(DUE, CounterFixture.at("2026-03-06T09:00"),
                List.of(Timeliness.EARLY, Timeliness.LATE), 2, 3, CALENDAR);

        assertThat(scores).isEqualTo(new Scores(0, 0, 0, 0));
    }
}
