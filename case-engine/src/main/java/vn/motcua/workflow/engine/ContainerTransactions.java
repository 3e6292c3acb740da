package vn.motcua.workflow.engine;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.UserTransaction;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * The transaction manager the engine is given: the container's, except that the engine's own transactions begin and
 * end through the container's {@link UserTransaction} wherever that is allowed. Begun on the transaction manager
 * itself, a transaction on a job thread (a timer, an async step) did not get the data source's connections
 * enlisted: they stayed in auto-commit, so a job that failed in the middle of its flush left part of its writes
 * behind. The user transaction enlists the connections of the current component, as it does for application code.
 * Inside a {@code @Transactional} use case the container forbids the user transaction; there the engine only joins
 * the use case's transaction, or (its id block) runs a short transaction of its own on the manager.
 */
final class ContainerTransactions implements TransactionManager {

    private final TransactionManager manager;
    private final Supplier<UserTransaction> user;
    /** For each transaction the engine began on this thread, innermost first: whether the user transaction began it. */
    private final ThreadLocal<Deque<Boolean>> begunByUser = ThreadLocal.withInitial(ArrayDeque::new);

    ContainerTransactions(TransactionManager manager, Supplier<UserTransaction> user) {
        this.manager = manager;
        this.user = user;
    }

    @Override
    public void begin() throws NotSupportedException, SystemException {
        try {
            user.get().begin();
            begunByUser.get().push(Boolean.TRUE);
        } catch (IllegalStateException notAllowedHere) {
            manager.begin();
            begunByUser.get().push(Boolean.FALSE);
        }
    }

    @Override
    public void commit() throws RollbackException, HeuristicMixedException, HeuristicRollbackException,
            SecurityException, IllegalStateException, SystemException {
        if (begunByUser()) {
            try {
                user.get().commit();
                return;
            } catch (IllegalStateException notAllowedHere) {
                // A job that called a use case can end in a component where the container refuses the user
                // transaction ("Operation not allowed"); it is the thread's transaction either way.
            }
        }
        manager.commit();
    }

    @Override
    public void rollback() throws IllegalStateException, SecurityException, SystemException {
        if (begunByUser()) {
            try {
                user.get().rollback();
                return;
            } catch (IllegalStateException notAllowedHere) {
                // As for commit: the thread's transaction is ended on the manager instead.
            }
        }
        manager.rollback();
    }

    /** Ends the innermost transaction the engine began here (one commit or rollback per begin). */
    private boolean begunByUser() {
        Deque<Boolean> begun = begunByUser.get();
        Boolean byUser = begun.poll();
        if (begun.isEmpty()) {
            begunByUser.remove();
        }
        return Boolean.TRUE.equals(byUser);
    }

    @Override
    public void setRollbackOnly() throws IllegalStateException, SystemException {
        manager.setRollbackOnly();
    }

    @Override
    public int getStatus() throws SystemException {
        return manager.getStatus();
    }

    @Override
    public Transaction getTransaction() throws SystemException {
        return manager.getTransaction();
    }

    @Override
    public void setTransactionTimeout(int seconds) throws SystemException {
        manager.setTransactionTimeout(seconds);
    }

    @Override
    public Transaction suspend() throws SystemException {
        return manager.suspend();
    }

    @Override
    public void resume(Transaction transaction) throws InvalidTransactionException, IllegalStateException,
            SystemException {
        manager.resume(transaction);
    }
}
