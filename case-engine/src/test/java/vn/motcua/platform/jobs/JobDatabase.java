package vn.motcua.platform.jobs;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import vn.motcua.platform.database.ConfiguredDataSource;
import vn.motcua.platform.database.SchemaMigrator;

/**
 * A freshly migrated database for the scheduler tests: H2 in MySQL mode always, MariaDB (database
 * {@code motcua_jobs_test}, see .ci/mariadb-setup) when the build runs with {@code -Dit.db=mariadb}; on CI an
 * unreachable MariaDB fails instead of skipping.
 */
enum JobDatabase {
    H2 {
        @Override
        DataSource open() {
            ConfiguredDataSource dataSource = new ConfiguredDataSource();
            dataSource.setUrl("jdbc:h2:mem:jobs_" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            SchemaMigrator.migrate(dataSource, false);
            return dataSource;
        }

        @Override
        void release(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    },
    MARIADB {
        private static final String URL = "jdbc:mysql://127.0.0.1:3306/motcua_jobs_test"
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";

        @Override
        DataSource open() {
            String itDb = System.getProperty("it.db");
            Assumptions.assumeTrue("mariadb".equals(itDb),
                    "MariaDB scheduler tests run only with -Dit.db=mariadb (it.db is " + itDb + ")");
            ConfiguredDataSource dataSource = new ConfiguredDataSource();
            dataSource.setUrl(URL);
            dataSource.setUser("motcua");
            dataSource.setPassword("motcua-it");
            try {
                dataSource.getConnection().close();
            } catch (SQLException e) {
                String reason = "MariaDB is unreachable at " + URL + ": " + e.getMessage();
                if ("true".equals(System.getenv("CI"))) {
                    fail(reason + " (on CI the MariaDB scheduler tests must run)", e);
                }
                Assumptions.abort(reason);
            }
            Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
            SchemaMigrator.migrate(dataSource, false);
            return dataSource;
        }
    };

    /** A reachable, migrated, empty database; aborts the test when this database is not part of the run. */
    abstract DataSource open();

    void release(DataSource dataSource) throws SQLException {
    }
}
