package vn.motcua.workflow.engine;

import java.util.concurrent.ThreadFactory;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

/**
 * The engine's job executor with every thread from the container's managed thread factory — the acquisition and
 * expired-job threads as well as the job threads — so that each of their database commands runs in a properly
 * enlisted JTA transaction. With plain threads, a command of the timer acquisition thread could be left holding
 * row locks on MariaDB, and a failed job then waited for a lock timeout before its retry.
 */
final class ManagedAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private final ThreadFactory threads;

    ManagedAsyncJobExecutor(AsyncJobExecutorConfiguration configuration, ThreadFactory threads) {
        super(configuration);
        this.threads = threads;
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (asyncJobAcquisitionThread == null && asyncJobsDueRunnable != null) {
            asyncJobAcquisitionThread = threads.newThread(asyncJobsDueRunnable);
        }
        super.startJobAcquisitionThread();
    }

    @Override
    protected void startTimerAcquisitionThread() {
        if (timerJobAcquisitionThread == null && timerJobRunnable != null) {
            timerJobAcquisitionThread = threads.newThread(timerJobRunnable);
        }
        super.startTimerAcquisitionThread();
    }

    @Override
    protected void startResetExpiredJobsThread() {
        if (resetExpiredJobThread == null && resetExpiredJobsRunnable != null) {
            resetExpiredJobThread = threads.newThread(resetExpiredJobsRunnable);
        }
        super.startResetExpiredJobsThread();
    }
}
