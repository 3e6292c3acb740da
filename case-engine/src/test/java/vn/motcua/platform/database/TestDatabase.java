package vn.motcua.platform.database;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases container-free tests run on: H2 in MySQL mode always (a fresh in-memory database per call), and a
 * real MariaDB when the build runs with {@code -Dit.db=mariadb} (a database of the test's own, created by
 * .ci/mariadb-setup and emptied first). On CI an unreachable MariaDB fails the test instead of skipping it.
 */
public enum TestDatabase {
    H2 {
        @Override
        public DataSource openEmpty(String name) {
            ConfiguredDataSource dataSource = new ConfiguredDataSource();
            dataSource.setUrl("jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            dataSource.setUser("sa");
            return dataSource;
        }

        @Override
        public void release(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    },
    MARIADB {
        @Override
        public DataSource openEmpty(String name) {
            String itDb = System.getProperty("it.db");
            Assumptions.assumeTrue("mariadb".equals(itDb),
                    "MariaDB tests run only with -Dit.db=mariadb (it.db is " + itDb + ")");
            String url = "jdbc:mysql://127.0.0.1:3306/" + name
                    + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
            ConfiguredDataSource dataSource = new ConfiguredDataSource();
            dataSource.setUrl(url);
            dataSource.setUser("motcua");
            dataSource.setPassword("motcua-it");
            try {
                dataSource.getConnection().close();
            } catch (SQLException e) {
                String reason = "MariaDB is unreachable at " + url + ": " + e.getMessage();
                if ("true".equals(System.getenv("CI"))) {
                    fail(reason + " (on CI the MariaDB tests must run)", e);
                }
                Assumptions.abort(reason);
            }
            Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
            return dataSource;
        }
    };

    /**
     * A reachable, empty database; aborts the test when this database is not part of the run.
     *
     * @param name the H2 database's name prefix, or the MariaDB database (one per test class, see .ci/mariadb-setup)
     */
    public abstract DataSource openEmpty(String name);

    /** Like {@link #openEmpty}, with our schema migrated (and the demo reference data when {@code demo}). */
    public DataSource openMigrated(String name, boolean demo) {
        DataSource dataSource = openEmpty(name);
        SchemaMigrator.migrate(dataSource, demo);
        return dataSource;
    }

    /** Frees what the database holds once the test is over. */
    public void release(DataSource dataSource) throws SQLException {
    }
}
