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
import java.util.function.Supplier;

/**
 * The transaction manager the engine is given: the container's, except that the engine's own transactions begin and
 * end through the container's {@link UserTransaction}. Begun on the transaction manager itself, a transaction on a
 * job thread (a timer, an async step) did not get the data source's connections enlisted: they stayed in
 * auto-commit, so a job that failed in the middle of its flush left part of its writes behind. The user transaction
 * enlists the connections of the current component, as it does for application code.
 */
final class ContainerTransactions implements TransactionManager {

    private final TransactionManager manager;
    private final Supplier<UserTransaction> user;

    ContainerTransactions(TransactionManager manager, Supplier<UserTransaction> user) {
        this.manager = manager;
        this.user = user;
    }

    @Override
    public void begin() throws NotSupportedException, SystemException {
        user.get().begin();
    }

    @Override
    public void commit() throws RollbackException, HeuristicMixedException, HeuristicRollbackException,
            SecurityException, IllegalStateException, SystemException {
        user.get().commit();
    }

    @Override
    public void rollback() throws IllegalStateException, SecurityException, SystemException {
        user.get().rollback();
    }

    @Override
    public void setRollbackOnly() throws IllegalStateException, SystemException {
        user.get().setRollbackOnly();
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
        user.get().setTransactionTimeout(seconds);
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
