package vn.motcua.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void cronExpressionsAreReadInVietnamTime() {
        Schedule daily = Schedule.parse("0 2 * * *");

        assertThat(daily.nextAfter(Instant.parse("2026-03-01T00:00:00Z")))
                .as("07:00 in Vietnam: next 02:00 Vietnam time is 19:00 UTC")
                .isEqualTo(Instant.parse("2026-03-01T19:00:00Z"));
        assertThat(daily.nextAfter(Instant.parse("2026-03-01T19:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
    }

    @Test
    void weekdayCronSkipsTheWeekend() {
        Schedule weekdays = Schedule.parse("30 7 * * 1-5");

        assertThat(weekdays.nextAfter(Instant.parse("2026-03-06T01:00:00Z")))
                .as("Friday 08:00 in Vietnam → Monday 07:30")
                .isEqualTo(Instant.parse("2026-03-09T00:30:00Z"));
    }

    @Test
    void durationsAreFixedIntervalsOfWholeSeconds() {
        Schedule interval = Schedule.parse("PT15M");

        assertThat(interval.nextAfter(Instant.parse("2026-03-01T10:00:00.750Z")))
                .isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(interval.expression()).isEqualTo("PT15M");
    }

    @Test
    void badExpressionsAreRefusedWithTheirText() {
        assertThatThrownBy(() -> Schedule.parse("every day")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'every day'");
        assertThatThrownBy(() -> Schedule.parse("0 25 * * *")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.parse("PT0S")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one second");
        assertThatThrownBy(() -> Schedule.parse("P1X")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO-8601");
    }
}
