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

    @Inject
    DossierProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.remindDesk(((Number) execution.getVariable("dossierId")).longValue());
        if (attempts.incrementAndGet() == 1) {
            throw new IllegalStateException("injected failure of the first attempt, after its write");
        }
    }

    public int attempts() {
        return attempts.get();
    }
}
