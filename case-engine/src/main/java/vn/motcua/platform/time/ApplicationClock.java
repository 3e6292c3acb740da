package vn.motcua.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The one clock of the application. All code takes time from here (injected as {@link Clock}); the workflow
 * engine's clock reads it too. Tests, the demo loader and pre-reform scenarios move it with {@link #setTo} and
 * {@link #advance}; {@link #reset} returns to real time. The shift is an offset against the system clock, so time
 * keeps flowing after a move.
 */
public class ApplicationClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    public ApplicationClock() {
        this(Clock.systemUTC());
    }

    public ApplicationClock(Clock system) {
        this.system = Objects.requireNonNull(system, "system clock is required");
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in another zone: same instants, moved together with this clock. */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone is required");
        ApplicationClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }

    public void setTo(Instant instant) {
        Objects.requireNonNull(instant, "instant is required");
        offset = Duration.between(system.instant(), instant);
    }

    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration is required");
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public boolean isShifted() {
        return !offset.isZero();
    }
}
