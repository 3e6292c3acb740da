package vn.motcua.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's own transactions end where they may: through the user transaction that began them, or — where the
 * container refuses it at the end ("Operation not allowed", seen on a job thread after a use case) — on the manager.
 */
class ContainerTransactionsTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aTransactionBegunByTheUserTransactionIsCommittedThroughIt() throws Exception {
        ContainerTransactions transactions = new ContainerTransactions(manager(), () -> user(false));
        transactions.begin();
        transactions.commit();
        assertThat(calls).containsExactly("user.begin", "user.commit");
    }

    @Test
    void whereTheUserTransactionIsRefusedAtTheEndTheManagerEndsIt() throws Exception {
        ContainerTransactions transactions = new ContainerTransactions(manager(), () -> user(true));
        transactions.begin();
        transactions.commit();
        transactions.begin();
        transactions.rollback();
        assertThat(calls).containsExactly("user.begin", "user.commit refused", "manager.commit",
                "user.begin", "user.rollback refused", "manager.rollback");
    }

    private UserTransaction user(boolean refusesEnd) {
        return new UserTransaction() {
            @Override
            public void begin() {
                calls.add("user.begin");
            }

            @Override
            public void commit() {
                end("commit");
            }

            @Override
            public void rollback() {
                end("rollback");
            }

            private void end(String what) {
                if (refusesEnd) {
                    calls.add("user." + what + " refused");
                    throw new IllegalStateException("Operation not allowed.");
                }
                calls.add("user." + what);
            }

            @Override
            public void setRollbackOnly() {
            }

            @Override
            public int getStatus() {
                return Status.STATUS_ACTIVE;
            }

            @Override
            public void setTransactionTimeout(int seconds) {
            }
        };
    }

    private TransactionManager manager() {
        return (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionManager.class}, (proxy, method, args) -> {
                    calls.add("manager." + method.getName());
                    return method.getReturnType() == int.class ? Status.STATUS_ACTIVE : null;
                });
    }
}
