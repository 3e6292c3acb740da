package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import vn.motcua.dossier.application.DossierProgress;

/**
 * An async service step for the transaction test: it writes (a reminder in the dossier's history) and then fails
 * on its first attempt only.
 */
@Named("flakyReminder")
@ApplicationScoped
public class FlakyReminder implements JavaDelegate {

    private final AtomicInteger attempts = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean engineInTransaction =
            new java.util.concurrent.atomic.AtomicBoolean();

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.remindDesk(((Number) execution.getVariable("dossierId")).longValue());
        try {
            // The connection the engine flushes this job's own writes on (executions, jobs, history).
            engineInTransaction.set(!org.flowable.common.engine.impl.context.Context.getCommandContext()
                    .getSession(org.flowable.common.engine.impl.db.DbSqlSession.class).getSqlSession().getConnection()
                    .getAutoCommit());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (attempts.incrementAndGet() == 1) {
            throw new IllegalStateException("injected failure of the first attempt, after its write");
        }
    }

    /** Whether, on the job thread, the engine's own connection was inside the job's transaction (not auto-commit). */
    public boolean engineInTransaction() {
        return engineInTransaction.get();
    }

    public int attempts() {
        return attempts.get();
    }
}
