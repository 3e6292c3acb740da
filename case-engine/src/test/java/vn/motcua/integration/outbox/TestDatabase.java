package vn.motcua.integration.outbox;

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
 * A freshly migrated database for outbox tests: H2 in MySQL mode always; MariaDB (database
 * {@code motcua_outbox_test}, emptied first) when the build runs with {@code -Dit.db=mariadb}.
 */
enum TestDatabase {
    H2 {
        @Override
        DataSource open() {
            ConfiguredDataSource dataSource = new ConfiguredDataSource();
            dataSource.setUrl("jdbc:h2:mem:outbox_" + UUID.randomUUID().toString().replace("-", "")
                    + ";MODE=MySQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            dataSource.setUser("sa");
            SchemaMigrator.migrate(dataSource, true);
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
        private static final String URL = "jdbc:mysql://127.0.0.1:3306/motcua_outbox_test"
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";

        @Override
        DataSource open() {
            String itDb = System.getProperty("it.db");
            Assumptions.assumeTrue("mariadb".equals(itDb),
                    "MariaDB outbox test runs only with -Dit.db=mariadb (it.db is " + itDb + ")");
            ConfiguredDataSource dataSource = new ConfiguredDataSource();
            dataSource.setUrl(URL);
            dataSource.setUser("motcua");
            dataSource.setPassword("motcua-it");
            try {
                dataSource.getConnection().close();
            } catch (SQLException e) {
                String reason = "MariaDB is unreachable at " + URL + ": " + e.getMessage();
                if ("true".equals(System.getenv("CI"))) {
                    fail(reason + " (on CI the MariaDB outbox test must run)", e);
                }
                Assumptions.abort(reason);
            }
            Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
            SchemaMigrator.migrate(dataSource, true);
            return dataSource;
        }
    };

    abstract DataSource open();

    void release(DataSource dataSource) throws SQLException {
    }
}
