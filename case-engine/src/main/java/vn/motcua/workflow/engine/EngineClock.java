package vn.motcua.workflow.engine;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;
import vn.motcua.platform.time.ApplicationClock;

/** The engine reads the application clock: moving it moves timers and due dates inside the engine too. */
public final class EngineClock implements Clock {

    private final ApplicationClock clock;

    public EngineClock(ApplicationClock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = new GregorianCalendar(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getTimeZone("UTC");
    }

    @Override
    public void setCurrentTime(Date time) {
        clock.setTo(time.toInstant());
    }

    @Override
    public void setCurrentCalendar(Calendar calendar) {
        clock.setTo(calendar.toInstant());
    }

    @Override
    public void reset() {
        clock.reset();
    }
}
