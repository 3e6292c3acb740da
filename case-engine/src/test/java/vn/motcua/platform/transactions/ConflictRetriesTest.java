package vn.motcua.platform.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.Test;

class ConflictRetriesTest {

    private final List<Long> pauses = new ArrayList<>();
    private final ConflictRetries retries = new ConflictRetries(3, 50, pauses::add);

    @Test
    void aUseCaseThatLosesARaceWithTheJobExecutorIsRunAgainAndItsResultReturned() throws Exception {
        AtomicInteger attempts = new AtomicInteger();

        String result = retries.run(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("engine command failed", new FlowableOptimisticLockingException(
                        "TimerJobEntity[id=7] was updated by another transaction concurrently"));
            }
            return "completed";
        });

        assertThat(result).isEqualTo("completed");
        assertThat(attempts).hasValue(2);
        assertThat(pauses).singleElement().satisfies(p -> assertThat(p).isBetween(50L, 75L));
    }

    @Test
    void afterTheLastAttemptTheCallerIsToldToTryAgainWithTheConflictAsCause() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retries.run(() -> {
            attempts.incrementAndGet();
            throw new OptimisticLockException("row changed");
        })).isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("3 times")
                .hasCauseInstanceOf(OptimisticLockException.class);
        assertThat(attempts).hasValue(3);
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(1)).as("the second pause is longer than the first").isGreaterThanOrEqualTo(100L);
    }

    @Test
    void anyOtherFailureIsPassedOnAtOnceWithoutAnotherAttempt() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException invalid = new IllegalArgumentException("a reason is required");

        assertThatThrownBy(() -> retries.run(() -> {
            attempts.incrementAndGet();
            throw invalid;
        })).isSameAs(invalid);
        assertThat(attempts).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void recognisesConflictsAnywhereInTheCauseChainAndNothingElse() {
        assertThat(ConflictRetries.isConflict(new RuntimeException(new RuntimeException(
                new org.hibernate.StaleObjectStateException("Dossier", 1L))))).isTrue();
        assertThat(ConflictRetries.isConflict(new RuntimeException("deadlock"))).isFalse();
        assertThat(ConflictRetries.isConflict(new java.sql.SQLException("duplicate key"))).isFalse();
    }
}
