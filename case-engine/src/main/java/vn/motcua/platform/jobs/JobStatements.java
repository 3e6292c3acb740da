package vn.motcua.platform.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Commits each statement of the {@link JobStore} in a short JTA transaction of its own: the container's pooled
 * connections do not autocommit outside a transaction, and a claim must be visible to the other nodes at once, not
 * when some outer transaction ends.
 */
@ApplicationScoped
public class JobStatements implements JobStore.StatementTransactions {

    @Override
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <T> T commit(DataSource dataSource, JobStore.ConnectionWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        }
    }
}
