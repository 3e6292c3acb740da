package vn.motcua.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;

/**
 * Several nodes (schedulers with their own node names) share one database and one movable application clock, as in a
 * cluster whose nodes agree on the time: every occurrence of a job runs exactly once, a dead node's occurrence is
 * taken over only after its lock expires, and pausing, "run now", restarts and downtimes behave as an administrator
 * expects.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class JobSchedulerTest {

    private static final String DAILY_AT_TWO = "0 2 * * *";
    private static final String HOURLY = "0 * * * *";

    @Parameter
    TestDatabase database;

    private DataSource dataSource;
    private JobStore store;
    private ApplicationClock clock;

    @BeforeEach
    void openDatabase() {
        dataSource = database.openMigrated("motcua_jobs_test", false);
        store = new JobStore(dataSource);
        clock = new ApplicationClock(Clock.fixed(vietnam(2026, 3, 1, 0, 0, 0), ZoneOffset.UTC));
    }

    @AfterEach
    void releaseDatabase() throws SQLException {
        database.release(dataSource);
    }

    @Test
    void twoNodesRunEachOfTenDailyOccurrencesExactlyOnce() throws Exception {
        CountingJob job = new CountingJob("daily-report", DAILY_AT_TWO);
        JobScheduler nodeA = scheduler("node-a", job);
        JobScheduler nodeB = scheduler("node-b", job);
        clock.setTo(vietnam(2026, 3, 1, 3, 0, 0));
        bothAtOnce(nodeA::register, nodeB::register);

        List<Instant> expected = new ArrayList<>();
        for (int day = 1; day <= 10; day++) {
            Instant due = vietnam(2026, 3, 1 + day, 2, 0, 0);
            expected.add(due);
            clock.setTo(due.minusSeconds(30));
            assertThat(nodeA.poll() + nodeB.poll()).as("before 02:00 on day %d", day).isZero();
            clock.setTo(due.plusSeconds(3));
            List<Integer> ran = together(nodeA::poll, nodeB::poll);
            assertThat(ran.get(0) + ran.get(1)).as("runs at 02:00 on day %d", day).isEqualTo(1);
            assertThat(nodeA.poll() + nodeB.poll()).as("second poll on day %d", day).isZero();
        }

        assertThat(job.runs).extracting(JobContext::scheduledAt).containsExactlyElementsOf(expected);
        assertThat(store.jobs()).extracting(JobState::name).containsExactly("daily-report");
        JobState state = store.find("daily-report").orElseThrow();
        assertThat(state.runCount()).isEqualTo(10);
        assertThat(state.lastOutcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(state.lockOwner()).isNull();
        assertThat(state.nextRunAt()).isEqualTo(vietnam(2026, 3, 12, 2, 0, 0));
        assertThat(store.runs("daily-report", 50)).hasSize(10)
                .allSatisfy(run -> assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED));
    }

    @Test
    void anOccurrenceWhoseNodeDiedRunsAgainOnceAfterTheLockExpires() throws Exception {
        CountingJob job = new CountingJob("hourly-sync", HOURLY);
        JobScheduler survivor = scheduler("node-b", job);
        survivor.register();
        Instant due = vietnam(2026, 3, 1, 1, 0, 0);
        clock.setTo(due.plusSeconds(2));
        JobStore.Claim dead = store.claim("hourly-sync", "node-a", clock.instant(),
                clock.instant().plus(job.lockDuration())).orElseThrow();
        store.startRun(dead, clock.instant());

        clock.setTo(due.plus(Duration.ofMinutes(9)));
        assertThat(survivor.poll()).as("while the dead node's lock holds").isZero();
        assertThat(store.find("hourly-sync").orElseThrow().lockOwner()).isEqualTo("node-a");

        clock.setTo(due.plus(Duration.ofMinutes(10)).plusSeconds(5));
        assertThat(survivor.poll()).as("after the lock expired").isEqualTo(1);
        assertThat(survivor.poll()).isZero();

        assertThat(job.runs).extracting(JobContext::scheduledAt, JobContext::node).containsExactly(
                org.assertj.core.groups.Tuple.tuple(due, "node-b"));
        assertThat(store.runs("hourly-sync", 10)).extracting(JobRunView::node, JobRunView::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("node-b", JobOutcome.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("node-a", JobOutcome.ABANDONED));
        assertThat(store.find("hourly-sync").orElseThrow().nextRunAt()).isEqualTo(vietnam(2026, 3, 1, 2, 0, 0));
        assertThat(store.finish(dead, 0, JobOutcome.SUCCEEDED, "late", clock.instant(), clock.instant()))
                .as("the dead node's late release does not touch the job").isFalse();
    }

    @Test
    void aRestartedNodeKeepsTheNextOccurrenceAndAChangedScheduleReplacesIt() throws Exception {
        CountingJob job = new CountingJob("daily-report", DAILY_AT_TWO);
        scheduler("node-a", job).register();
        clock.setTo(vietnam(2026, 3, 2, 2, 0, 1));
        scheduler("node-a", job).poll();
        Instant next = store.find("daily-report").orElseThrow().nextRunAt();
        assertThat(next).isEqualTo(vietnam(2026, 3, 3, 2, 0, 0));

        clock.setTo(vietnam(2026, 3, 2, 15, 0, 0));
        JobScheduler restarted = scheduler("node-a", job);
        restarted.register();
        assertThat(store.find("daily-report").orElseThrow().nextRunAt()).isEqualTo(next);
        assertThat(restarted.poll()).isZero();

        JobScheduler reconfigured = new JobScheduler(store, clock, "node-a", List.of(new JobScheduler.ScheduledJob(
                job, new JobSettings(Schedule.parse("30 3 * * *"), true, job.lockDuration(), null))),
                (j, c) -> j.run(c), 50);
        reconfigured.register();
        JobState state = store.find("daily-report").orElseThrow();
        assertThat(state.schedule()).isEqualTo("30 3 * * *");
        assertThat(state.nextRunAt()).isEqualTo(vietnam(2026, 3, 3, 3, 30, 0));
    }

    @Test
    void aNextOccurrenceSetWhileTheClockWasAheadIsBroughtBackAtTheNextStart() throws Exception {
        CountingJob job = new CountingJob("hourly-sync", HOURLY);
        clock.setTo(vietnam(2026, 3, 10, 9, 0, 30)); // the clock runs nine days ahead
        scheduler("node-a", job).register();
        clock.setTo(vietnam(2026, 3, 10, 10, 0, 1));
        scheduler("node-a", job).poll();
        assertThat(store.find("hourly-sync").orElseThrow().nextRunAt()).isEqualTo(vietnam(2026, 3, 10, 11, 0, 0));

        clock.setTo(vietnam(2026, 3, 1, 8, 15, 0)); // corrected; the node starts again
        JobScheduler restarted = scheduler("node-a", job);
        restarted.register();
        assertThat(store.find("hourly-sync").orElseThrow().nextRunAt()).isEqualTo(vietnam(2026, 3, 1, 9, 0, 0));
        clock.setTo(vietnam(2026, 3, 1, 9, 0, 2));
        assertThat(restarted.poll()).isEqualTo(1);
    }

    @Test
    void occurrencesMissedDuringADowntimeRunOnceThenTheScheduleResumes() throws Exception {
        CountingJob job = new CountingJob("hourly-sync", HOURLY);
        JobScheduler node = scheduler("node-a", job);
        clock.setTo(vietnam(2026, 3, 1, 10, 0, 30));
        node.register();

        clock.setTo(vietnam(2026, 3, 1, 15, 30, 0));
        assertThat(node.poll()).isEqualTo(1);
        assertThat(node.poll()).isZero();

        assertThat(job.runs).extracting(JobContext::scheduledAt).containsExactly(vietnam(2026, 3, 1, 11, 0, 0));
        assertThat(store.find("hourly-sync").orElseThrow().nextRunAt()).isEqualTo(vietnam(2026, 3, 1, 16, 0, 0));
    }

    @Test
    void runNowIsPickedUpByTheNextPollAndKeepsTheRegularSchedule() throws Exception {
        CountingJob job = new CountingJob("daily-report", DAILY_AT_TWO);
        JobScheduler nodeA = scheduler("node-a", job);
        JobScheduler nodeB = scheduler("node-b", job);
        clock.setTo(vietnam(2026, 3, 1, 9, 15, 0));
        nodeA.register();
        assertThat(nodeB.poll()).isZero();

        assertThat(store.runNow("daily-report", clock.instant())).isTrue();
        clock.advance(Duration.ofSeconds(4));
        assertThat(nodeB.poll() + nodeA.poll()).isEqualTo(1);

        assertThat(job.runs).extracting(JobContext::scheduledAt).containsExactly(vietnam(2026, 3, 1, 9, 15, 0));
        assertThat(store.find("daily-report").orElseThrow().nextRunAt()).isEqualTo(vietnam(2026, 3, 2, 2, 0, 0));
        assertThat(store.runNow("no-such-job", clock.instant())).isFalse();
    }

    @Test
    void aPausedJobDoesNotRunUntilResumed() throws Exception {
        CountingJob job = new CountingJob("daily-report", DAILY_AT_TWO);
        JobScheduler node = scheduler("node-a", job);
        node.register();
        store.setPaused("daily-report", true);

        clock.setTo(vietnam(2026, 3, 4, 8, 0, 0));
        assertThat(node.poll()).isZero();
        assertThat(store.find("daily-report").orElseThrow().paused()).isTrue();

        store.setPaused("daily-report", false);
        assertThat(node.poll()).isEqualTo(1);
        assertThat(job.runs).hasSize(1);
    }

    @Test
    void aDisabledJobIsRegisteredButNeverRuns() throws Exception {
        CountingJob job = new CountingJob("daily-report", DAILY_AT_TWO);
        JobScheduler node = new JobScheduler(store, clock, "node-a", List.of(new JobScheduler.ScheduledJob(
                job, new JobSettings(Schedule.parse(DAILY_AT_TWO), false, job.lockDuration(), null))),
                (j, c) -> j.run(c), 50);
        node.register();
        clock.setTo(vietnam(2026, 3, 4, 8, 0, 0));

        assertThat(node.poll()).isZero();
        assertThat(job.runs).isEmpty();
        assertThat(store.find("daily-report").orElseThrow().enabled()).isFalse();
    }

    @Test
    void aFailingRunIsRecordedAndWaitsForTheNextOccurrenceUnlessARetryIsConfigured() throws Exception {
        CountingJob job = new CountingJob("hourly-sync", HOURLY);
        job.failWith = new IllegalStateException("the ledger did not answer");
        JobScheduler node = scheduler("node-a", job);
        node.register();
        clock.setTo(vietnam(2026, 3, 1, 1, 0, 10));

        assertThat(node.poll()).isEqualTo(1);
        assertThat(node.poll()).as("no retry before the next occurrence").isZero();
        JobState state = store.find("hourly-sync").orElseThrow();
        assertThat(state.lastOutcome()).isEqualTo(JobOutcome.FAILED);
        assertThat(state.lastMessage()).isEqualTo("IllegalStateException: the ledger did not answer");
        assertThat(state.nextRunAt()).isEqualTo(vietnam(2026, 3, 1, 2, 0, 0));
        assertThat(state.lockOwner()).isNull();
        assertThat(store.runs("hourly-sync", 1)).singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo(JobOutcome.FAILED));

        JobScheduler retrying = new JobScheduler(store, clock, "node-a", List.of(new JobScheduler.ScheduledJob(
                job, new JobSettings(Schedule.parse(HOURLY), true, job.lockDuration(), Duration.ofMinutes(5)))),
                (j, c) -> j.run(c), 50);
        clock.setTo(vietnam(2026, 3, 1, 2, 0, 10));
        assertThat(retrying.poll()).isEqualTo(1);
        assertThat(store.find("hourly-sync").orElseThrow().nextRunAt()).isEqualTo(vietnam(2026, 3, 1, 2, 5, 10));
        job.failWith = null;
        clock.setTo(vietnam(2026, 3, 1, 2, 5, 11));
        assertThat(retrying.poll()).isEqualTo(1);
        state = store.find("hourly-sync").orElseThrow();
        assertThat(state.lastOutcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(state.lastMessage()).isEqualTo("ran hourly-sync");
        assertThat(state.nextRunAt()).isEqualTo(vietnam(2026, 3, 1, 3, 0, 0));
    }

    @Test
    void theHistoryKeepsTheNewestRuns() throws Exception {
        CountingJob job = new CountingJob("every-minute", "PT1M");
        JobScheduler node = new JobScheduler(store, clock, "node-a",
                List.of(new JobScheduler.ScheduledJob(job, JobSettings.defaultsOf(job))), (j, c) -> j.run(c), 3);
        node.register();
        for (int minute = 1; minute <= 5; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(node.poll()).isEqualTo(1);
        }

        List<Instant> ran = new ArrayList<>(job.runs.stream().map(JobContext::scheduledAt).toList());
        java.util.Collections.reverse(ran);
        assertThat(store.runs("every-minute", 10)).extracting(JobRunView::scheduledAt)
                .containsExactlyElementsOf(ran.subList(0, 3));
        assertThat(store.find("every-minute").orElseThrow().runCount()).isEqualTo(5);
    }

    @Test
    void aNodeThatStoppedDuringARunRunsTheJobAtOnceWhenItStartsAgain() throws Exception {
        CountingJob job = new CountingJob("hourly-sync", HOURLY);
        scheduler("node-a", job).register();
        Instant due = vietnam(2026, 3, 1, 1, 0, 0);
        clock.setTo(due.plusSeconds(2));
        JobStore.Claim interrupted = store.claim("hourly-sync", "node-a", clock.instant(),
                clock.instant().plus(job.lockDuration())).orElseThrow();
        store.startRun(interrupted, clock.instant());

        clock.setTo(due.plus(Duration.ofMinutes(1)));
        JobScheduler other = scheduler("node-b", job);
        other.register();
        assertThat(other.poll()).as("another node waits for node-a's lock").isZero();

        JobScheduler restarted = scheduler("node-a", job);
        restarted.register();
        assertThat(store.find("hourly-sync").orElseThrow().lockOwner()).as("after node-a's restart").isNull();
        assertThat(restarted.poll()).as("well before the lock would have expired").isEqualTo(1);

        assertThat(job.runs).extracting(JobContext::scheduledAt).containsExactly(due);
        assertThat(store.runs("hourly-sync", 10)).extracting(JobRunView::node, JobRunView::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("node-a", JobOutcome.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("node-a", JobOutcome.ABANDONED));
        assertThat(store.finish(interrupted, 0, JobOutcome.SUCCEEDED, "late", clock.instant(), clock.instant()))
                .as("the interrupted run's token no longer holds the job").isFalse();
    }

    @Test
    void aLongRunOfOneJobHoldsUpNeitherTheOtherJobsNorStartsTwiceOnTheNode() throws Exception {
        CountingJob quick = new CountingJob("user-exports", "PT1M");
        BlockingJob slow = new BlockingJob("nightly-reconciliation", "PT1M");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            JobScheduler node = new JobScheduler(store, clock, "node-a", List.of(
                    new JobScheduler.ScheduledJob(slow, JobSettings.defaultsOf(slow)),
                    new JobScheduler.ScheduledJob(quick, JobSettings.defaultsOf(quick))), (j, c) -> j.run(c), 50, pool);
            node.register();
            clock.advance(Duration.ofMinutes(1));
            assertThat(node.poll()).isEqualTo(2);
            assertThat(slow.started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            waitUntil(() -> quick.runs.size() == 1 && store.find("user-exports").orElseThrow().lockOwner() == null);

            // Both are due again and the slow run's lock has expired: only the quick job starts.
            clock.advance(slow.lockDuration().plusMinutes(1));
            assertThat(node.poll()).isEqualTo(1);
            waitUntil(() -> quick.runs.size() == 2);
            assertThat(slow.runs).hasSize(1);

            slow.finish.countDown();
            waitUntil(() -> store.runs("nightly-reconciliation", 10).stream().allMatch(r -> r.outcome() != null));
            assertThat(store.runs("nightly-reconciliation", 10)).singleElement()
                    .satisfies(run -> assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED));
        } finally {
            slow.finish.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the condition did not hold within 10 s");
            }
            Thread.sleep(20);
        }
    }

    private JobScheduler scheduler(String node, RecurringJob job) {
        return new JobScheduler(store, clock, node, List.of(new JobScheduler.ScheduledJob(job,
                JobSettings.defaultsOf(job))), (j, context) -> j.run(context), 50);
    }

    /** Runs both actions at the same moment on two threads, as two nodes would. */
    @SafeVarargs
    private static <T> List<T> together(Callable<T>... actions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        try {
            CyclicBarrier start = new CyclicBarrier(actions.length);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> action : actions) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void bothAtOnce(ThrowingRunnable first, ThrowingRunnable second) throws Exception {
        together(() -> {
            first.run();
            return 0;
        }, () -> {
            second.run();
            return 0;
        });
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Instant vietnam(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(BusinessTime.ZONE).toInstant();
    }

    /** A job that remembers every occurrence it ran, and fails while told to. */
    static final class CountingJob extends TestJob {

        volatile RuntimeException failWith;

        CountingJob(String name, String schedule) {
            super(name, schedule);
        }

        @Override
        public String run(JobContext context) {
            runs.add(context);
            if (failWith != null) {
                throw failWith;
            }
            return "ran " + name;
        }
    }

    /** A job whose run waits until the test lets it finish. */
    static final class BlockingJob extends TestJob {

        final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);

        BlockingJob(String name, String schedule) {
            super(name, schedule);
        }

        @Override
        public String run(JobContext context) throws InterruptedException {
            runs.add(context);
            started.countDown();
            if (!finish.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the run finish");
            }
            return "ran " + name;
        }
    }

    /** A test job's name, title and schedule; it remembers every occurrence it ran. */
    abstract static class TestJob implements RecurringJob {

        final ConcurrentLinkedQueue<JobContext> runs = new ConcurrentLinkedQueue<>();
        final String name;
        private final String schedule;

        TestJob(String name, String schedule) {
            this.name = name;
            this.schedule = schedule;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public JobTitle title() {
            return new JobTitle("Việc thử " + name, "Test job " + name);
        }

        @Override
        public String defaultSchedule() {
            return schedule;
        }
    }
}
