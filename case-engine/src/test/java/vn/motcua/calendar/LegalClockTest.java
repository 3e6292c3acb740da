package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.LegalClock.Kind.EXTEND;
import static vn.motcua.calendar.LegalClock.Kind.FINISH;
import static vn.motcua.calendar.LegalClock.Kind.PAUSE;
import static vn.motcua.calendar.LegalClock.Kind.RESTART;
import static vn.motcua.calendar.LegalClock.Kind.RESUME;
import static vn.motcua.calendar.LegalClock.Kind.START;
import static vn.motcua.calendar.LegalClock.Kind.STOP;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The legal clock's rules, each test named after one; a week of 2026 without holidays, Asia/Ho_Chi_Minh. */
class LegalClockTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.weekdays(VN);
    private static final Duration THREE_DAYS = Duration.ofHours(24);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(VN).toInstant();
    }

    private static LegalClock clock(Duration legal, LegalClock.Event... events) {
        return new LegalClock(List.of(events), legal, CALENDAR);
    }

    private static LegalClock.Event e(LegalClock.Kind kind, String local) {
        return LegalClock.Event.of(kind, at(local));
    }

    @Test
    void theDueTimeIsTheTimeLimitInWorkingTimeAfterTheStart() {
        LegalClock clock = clock(THREE_DAYS, e(START, "2026-11-16T10:00"));
        assertThat(clock.due()).isEqualTo(at("2026-11-19T10:00"));
        assertThat(clock.originalDue()).isEqualTo(clock.due());
        assertThat(clock.timeliness(at("2026-11-17T09:00"))).isEqualTo(Timeliness.WITHIN_TIME);
        assertThat(clock.timeliness(at("2026-11-18T15:00"))).isEqualTo(Timeliness.DUE_SOON);
        assertThat(clock.timeliness(at("2026-11-19T10:01"))).isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void aPauseDoesNotConsumeWorkingTimeAndTheDueTimeMovesByThePause() {
        LegalClock paused = clock(THREE_DAYS, e(START, "2026-11-16T10:00"), e(PAUSE, "2026-11-17T10:00"));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.due()).as("unknown while the applicant has the dossier").isNull();
        assertThat(paused.remaining(at("2026-11-20T16:00"))).isEqualTo(Duration.ofHours(16));

        LegalClock resumed = clock(THREE_DAYS, e(START, "2026-11-16T10:00"), e(PAUSE, "2026-11-17T10:00"),
                e(RESUME, "2026-11-19T10:00"));
        assertThat(resumed.due()).isEqualTo(at("2026-11-23T10:00"));
    }

    @Test
    void aRestartRunsTheWholeTimeLimitAgainFromTheCompleteDossier() {
        LegalClock clock = clock(THREE_DAYS, e(START, "2026-11-16T10:00"), e(PAUSE, "2026-11-17T10:00"),
                e(RESTART, "2026-11-19T14:00"));
        assertThat(clock.due()).isEqualTo(at("2026-11-24T14:00"));
    }

    @Test
    void anExtensionMovesTheCitizensDueTimeAndKeepsTheOriginalOne() {
        LegalClock clock = clock(THREE_DAYS, e(START, "2026-11-16T10:00"),
                new LegalClock.Event(EXTEND, at("2026-11-17T09:00"), at("2026-11-23T10:00")));
        assertThat(clock.extended()).isTrue();
        assertThat(clock.originalDue()).isEqualTo(at("2026-11-19T10:00"));
        assertThat(clock.due()).isEqualTo(at("2026-11-23T10:00"));
    }

    @Test
    void finishedOnADayBeforeTheDueDayIsEarlyOnTheDueDayInTimeIsOnTimeAfterIsLate() {
        String start = "2026-11-16T10:00";
        assertThat(clock(THREE_DAYS, e(START, start), e(FINISH, "2026-11-18T16:00")).timeliness(at("2026-11-25T00:00")))
                .isEqualTo(Timeliness.EARLY);
        assertThat(clock(THREE_DAYS, e(START, start), e(FINISH, "2026-11-19T09:59")).timeliness(at("2026-11-25T00:00")))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(clock(THREE_DAYS, e(START, start), e(FINISH, "2026-11-19T10:01")).timeliness(at("2026-11-25T00:00")))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void afterAnExtensionLatenessTowardsTheCitizenIsMeasuredAgainstTheNewDateAndTheIndexAgainstTheOriginal() {
        LegalClock clock = clock(THREE_DAYS, e(START, "2026-11-16T10:00"),
                new LegalClock.Event(EXTEND, at("2026-11-17T09:00"), at("2026-11-23T10:00")),
                e(FINISH, "2026-11-20T11:00"));
        assertThat(clock.timeliness(at("2026-11-25T00:00"))).isEqualTo(Timeliness.EARLY);
        assertThat(clock.originalTimeliness(at("2026-11-25T00:00"))).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aStoppedDossierHasNoTimeliness() {
        LegalClock clock = clock(THREE_DAYS, e(START, "2026-11-16T10:00"), e(STOP, "2026-11-17T10:00"));
        assertThat(clock.timeliness(at("2026-11-30T10:00"))).isEqualTo(Timeliness.NO_DUE_DATE);
    }

    @Test
    void aStepsDueTimeIsItsAllocationAfterItOpensAndAPauseDuringTheStepDoesNotCount() {
        LegalClock clock = clock(THREE_DAYS, e(START, "2026-11-16T10:00"), e(PAUSE, "2026-11-16T14:00"),
                e(RESUME, "2026-11-17T14:00"));
        assertThat(clock.stepDue(at("2026-11-16T10:00"), Duration.ofHours(4)))
                .as("two hours before the pause, two after it resumed").isEqualTo(at("2026-11-17T16:00"));
        assertThat(clock.stepDue(at("2026-11-18T08:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-18T10:00"));
    }

    /** On a working day, within a working period (its ends included: a due time may be the closing time). */
    private static boolean insideWorkingTime(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, VN);
        return CALENDAR.isWorkingDay(local.toLocalDate()) && WorkingCalendar.DEFAULT_PERIODS.stream()
                .anyMatch(p -> !local.toLocalTime().isBefore(p.start()) && !local.toLocalTime().isAfter(p.end()));
    }

    @Test
    void pausingNeverConsumesWorkingTimeAndDueTimesFallInsideWorkingTime() {
        Random random = new Random(20261121);
        for (int i = 0; i < 2_000; i++) {
            Instant start = CALENDAR.plusWorkingTime(at("2026-01-05T07:00"), Duration.ofMinutes(random.nextInt(60 * 8 * 200)));
            Duration legal = Duration.ofHours(1 + random.nextInt(120));
            List<LegalClock.Event> events = new ArrayList<>(List.of(LegalClock.Event.of(START, start)));
            Instant cursor = start;
            Duration paused = Duration.ZERO;
            int pauses = random.nextInt(3);
            for (int p = 0; p < pauses; p++) {
                Instant pauseAt = CALENDAR.plusWorkingTime(cursor, Duration.ofMinutes(1 + random.nextInt(60 * 4)));
                Instant resumeAt = CALENDAR.plusWorkingTime(pauseAt, Duration.ofMinutes(1 + random.nextInt(60 * 30)));
                events.add(LegalClock.Event.of(PAUSE, pauseAt));
                events.add(LegalClock.Event.of(RESUME, resumeAt));
                paused = paused.plus(CALENDAR.workingTimeBetween(pauseAt, resumeAt));
                cursor = resumeAt;
            }
            LegalClock clock = new LegalClock(events, legal, CALENDAR);
            Instant due = clock.due();
            Duration running = CALENDAR.workingTimeBetween(start, due).minus(paused);
            boolean dueReachedBeforeAPause = running.compareTo(legal) < 0;
            if (!dueReachedBeforeAPause) {
                assertThat(running).as("case %d", i).isEqualTo(legal);
            }
            assertThat(insideWorkingTime(due)).as("due %s inside working time", due).isTrue();
        }
    }
}
