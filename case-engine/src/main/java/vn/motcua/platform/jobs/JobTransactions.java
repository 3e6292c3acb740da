package vn.motcua.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Runs one occurrence of a job in a JTA transaction of its own: its writes commit together or not at all. */
@ApplicationScoped
public class JobTransactions implements JobScheduler.JobExecutor {

    @Override
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public String execute(RecurringJob job, JobContext context) throws Exception {
        return job.run(context);
    }
}
