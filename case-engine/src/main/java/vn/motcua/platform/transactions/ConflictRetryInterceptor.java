package vn.motcua.platform.transactions;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a {@link RetriedOnConflict} use case again when it loses an optimistic-lock race. It sits outside the
 * {@code @Transactional} interceptor (a lower priority runs first), so each attempt is a whole new transaction and a
 * failed attempt leaves nothing behind. Inside a transaction that was already running it only passes the call on.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class.getName());

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "motcua.transactions.conflict-attempts", defaultValue = "4")
    int attempts;

    @Inject
    @ConfigProperty(name = "motcua.transactions.conflict-backoff-millis", defaultValue = "50")
    long backoffMillis;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        int[] made = {0};
        return new ConflictRetries(attempts, backoffMillis, Thread::sleep).run(() -> {
            if (made[0]++ > 0) {
                LOG.info(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " lost a race with concurrent work; attempt " + made[0] + " of " + attempts);
            }
            return call.proceed();
        });
    }
}
