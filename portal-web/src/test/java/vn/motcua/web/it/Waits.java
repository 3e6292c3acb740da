package vn.motcua.web.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the system does on its own (async jobs, timers): polls until true or gives up. */
public final class Waits {

    private Waits() {
    }

    public static void until(String what, Duration atMost, BooleanSupplier condition) {
        until(what, atMost, condition, () -> "");
    }

    /** As {@link #until(String, Duration, BooleanSupplier)}; on giving up, the message adds what {@code state} says. */
    public static void until(String what, Duration atMost, BooleanSupplier condition,
                             java.util.function.Supplier<String> state) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                String seen = state.get();
                throw new AssertionError("gave up waiting for: " + what + (seen.isEmpty() ? "" : "; " + seen));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }
}
