package vn.motcua.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

/** Makes the single {@link ApplicationClock} injectable as itself and as {@link java.time.Clock}. */
@ApplicationScoped
public class ClockProducer {

    private final ApplicationClock clock = new ApplicationClock();

    @Produces
    @Typed(ApplicationClock.class)
    ApplicationClock applicationClock() {
        return clock;
    }

    @Produces
    @Typed(java.time.Clock.class)
    java.time.Clock clock() {
        return clock;
    }
}
