package vn.motcua.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    private static final Instant NOW = Instant.parse("2026-02-13T08:00:00Z");
    private static final Instant TARGET = Instant.parse("2025-06-30T16:59:00Z");

    /** A base clock the test moves by hand, standing in for the system clock. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void tick(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void withoutAMoveTheClockShowsTheBaseTimeInUtc() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.millis()).isEqualTo(NOW.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.isShifted()).isFalse();
    }

    @Test
    void setToMovesTheClockToTheGivenInstant() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));

        clock.setTo(TARGET);

        assertThat(clock.instant()).isEqualTo(TARGET);
        assertThat(clock.isShifted()).isTrue();
    }

    @Test
    void advanceMovesTheClockForwardByTheDuration() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));

        clock.advance(Duration.ofDays(3));
        clock.advance(Duration.ofHours(2));

        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
    }

    @Test
    void advanceAddsToAPreviousSetTo() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));

        clock.setTo(TARGET);
        clock.advance(Duration.ofMinutes(2));

        assertThat(clock.instant()).isEqualTo(TARGET.plus(Duration.ofMinutes(2)));
    }

    @Test
    void resetReturnsToTheBaseTime() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));
        clock.setTo(TARGET);
        clock.advance(Duration.ofDays(1));

        clock.reset();

        assertThat(clock.instant()).isEqualTo(NOW);
        assertThat(clock.isShifted()).isFalse();
    }

    @Test
    void timeKeepsFlowingAfterAMove() {
        MovingClock base = new MovingClock(NOW);
        ApplicationClock clock = new ApplicationClock(base);
        clock.setTo(TARGET);

        base.tick(Duration.ofSeconds(90));

        assertThat(clock.instant()).isEqualTo(TARGET.plusSeconds(90));
    }

    @Test
    void resetAfterTimeHasFlowedReturnsToTheCurrentBaseTime() {
        MovingClock base = new MovingClock(NOW);
        ApplicationClock clock = new ApplicationClock(base);
        clock.advance(Duration.ofDays(10));
        base.tick(Duration.ofHours(1));

        clock.reset();

        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void theBaseClockAndTheArgumentsAreRequired() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatNullPointerException().isThrownBy(() -> new ApplicationClock(null));
        assertThatNullPointerException().isThrownBy(() -> clock.setTo(null));
        assertThatNullPointerException().isThrownBy(() -> clock.advance(null));
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void businessDateIsTheDateInVietnam() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-02-13T18:30:00Z"), ZoneOffset.UTC);

        assertThat(BusinessTime.today(lateEveningUtc)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(BusinessTime.dateOf(Instant.parse("2026-02-13T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(BusinessTime.dateOf(Instant.parse("2026-02-13T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void businessDateFollowsTheApplicationClock() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(NOW, ZoneOffset.UTC));

        clock.setTo(Instant.parse("2025-06-30T17:00:00Z"));

        assertThat(BusinessTime.today(clock)).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void businessDateDoesNotDependOnTheClockZone() {
        Instant instant = Instant.parse("2026-02-13T18:30:00Z");

        assertThat(BusinessTime.today(Clock.fixed(instant, ZoneId.of("America/Los_Angeles"))))
                .isEqualTo(BusinessTime.today(Clock.fixed(instant, ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void aZonedViewFollowsTheApplicationClockWhenItMoves() {
        ApplicationClock clock = new ApplicationClock(Clock.fixed(Instant.parse("2026-02-13T03:00:00Z"), ZoneOffset.UTC));
        Clock vietnam = clock.withZone(BusinessTime.ZONE);

        clock.advance(Duration.ofHours(2));

        assertThat(vietnam.getZone()).isEqualTo(BusinessTime.ZONE);
        assertThat(vietnam.instant()).isEqualTo(Instant.parse("2026-02-13T05:00:00Z"));
        assertThat(vietnam.withZone(ZoneOffset.UTC).instant()).isEqualTo(clock.instant());
    }
}
