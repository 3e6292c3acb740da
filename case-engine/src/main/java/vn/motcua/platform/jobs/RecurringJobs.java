package vn.motcua.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/**
 * The administrators' use cases on recurring jobs: list them with their last runs, run one now, pause and resume.
 * "Run now" makes the job due at the current application time, so the next poll of any node runs it; pausing stops
 * every node from claiming it until it is resumed. Each change is one committed statement. Only administrators may
 * call these.
 */
@ApplicationScoped
public class RecurringJobs {

    private static final Logger LOG = Logger.getLogger(RecurringJobs.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    JobPolling polling;

    @Inject
    JobStatements statements;

    public List<JobView> jobs(Actor actor) {
        actor.requireAdmin("manage recurring jobs");
        Map<String, JobScheduler.ScheduledJob> deployed = polling.jobs().stream()
                .collect(Collectors.toMap(job -> job.job().name(), Function.identity()));
        Instant now = clock.instant();
        try {
            return store().jobs().stream().map(state -> {
                JobScheduler.ScheduledJob job = deployed.get(state.name());
                JobTitle title = job == null ? new JobTitle(state.name(), state.name()) : job.job().title();
                return new JobView(state.name(), title, state.schedule(), state.enabled(), state.paused(),
                        state.runningAt(now), job != null, state.nextRunAt(), state.lockOwner(),
                        state.lastStartedAt(), state.lastFinishedAt(), state.lastOutcome(), state.lastMessage(),
                        state.runCount());
            }).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the recurring jobs", e);
        }
    }

    /** The newest runs of a job, newest first. */
    public List<JobRunView> runs(Actor actor, String name, int limit) {
        actor.requireAdmin("manage recurring jobs");
        try {
            return store().runs(name, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the runs of job " + name, e);
        }
    }

    public void runNow(Actor actor, String name) {
        actor.requireAdmin("manage recurring jobs");
        JobState state = existing(name);
        if (!state.enabled()) {
            throw new JobActionRefused(JobActionRefused.Reason.DISABLED, name);
        }
        if (state.paused()) {
            throw new JobActionRefused(JobActionRefused.Reason.PAUSED, name);
        }
        if (state.runningAt(clock.instant())) {
            throw new JobActionRefused(JobActionRefused.Reason.RUNNING, name);
        }
        change(() -> store().runNow(name, clock.instant()), name);
        LOG.info(() -> "Job " + name + " asked to run now by " + actor.username());
    }

    public void pause(Actor actor, String name) {
        actor.requireAdmin("manage recurring jobs");
        existing(name);
        change(() -> store().setPaused(name, true), name);
        LOG.info(() -> "Job " + name + " paused by " + actor.username());
    }

    public void resume(Actor actor, String name) {
        actor.requireAdmin("manage recurring jobs");
        existing(name);
        change(() -> store().setPaused(name, false), name);
        LOG.info(() -> "Job " + name + " resumed by " + actor.username());
    }

    private JobState existing(String name) {
        try {
            return store().find(name).orElseThrow(
                    () -> new JobActionRefused(JobActionRefused.Reason.UNKNOWN_JOB, name));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read job " + name, e);
        }
    }

    private interface Change {
        boolean apply() throws SQLException;
    }

    private static void change(Change change, String name) {
        try {
            if (!change.apply()) {
                throw new JobActionRefused(JobActionRefused.Reason.UNKNOWN_JOB, name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change job " + name, e);
        }
    }

    private JobStore store() {
        return new JobStore(dataSource, statements);
    }

}
