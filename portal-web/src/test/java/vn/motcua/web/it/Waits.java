package vn.motcua.web.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something the system does on its own (async jobs, timers): polls until true or gives up. */
public final class Waits {

    private Waits() {
    }

    public static void until(String what, Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for: " + what);
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
