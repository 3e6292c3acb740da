package vn.motcua.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MotCuaDialectResolverTest {

    /** What a JDBC driver reports about the server, as Hibernate hands it to a dialect resolver. */
    private record Reported(String databaseName, String databaseVersion, int major, int minor)
            implements DialectResolutionInfo {

        @Override
        public String getDatabaseName() {
            return databaseName;
        }

        @Override
        public String getDatabaseVersion() {
            return databaseVersion;
        }

        @Override
        public int getDatabaseMajorVersion() {
            return major;
        }

        @Override
        public int getDatabaseMinorVersion() {
            return minor;
        }

        @Override
        public String getDriverName() {
            return "test driver";
        }

        @Override
        public int getDriverMajorVersion() {
            return 1;
        }

        @Override
        public int getDriverMinorVersion() {
            return 0;
        }

        @Override
        public String getSQLKeywords() {
            return "";
        }
    }

    @ParameterizedTest
    @CsvSource({
        "5.5.5-10.11.6-MariaDB-0+deb12u1, 10, 11",
        "10.11.6-MariaDB, 10, 11",
        "5.5.5-10.11.19-MariaDB-0+deb12u1, 10, 11",
        "11.4.2-MariaDB-ubu2404, 11, 4",
        "5.5.5-10.6.18-MariaDB, 10, 6"
    })
    void mariaDbVersionIsReadFromTheReportedVersionString(String reported, int major, int minor) {
        DatabaseVersion version = MotCuaDialectResolver.mariaDbVersion(reported);

        assertThat(version.getDatabaseMajorVersion()).isEqualTo(major);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(minor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MariaDB", "5.5.5-MariaDB", "x.y-MariaDB"})
    void unreadableMariaDbVersionFallsBackToTenEleven(String reported) {
        DatabaseVersion version = MotCuaDialectResolver.mariaDbVersion(reported);

        assertThat(version.getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(version.getDatabaseMinorVersion()).isEqualTo(11);
    }

    @Test
    void mariaDbReportedThroughConnectorJGetsTheMariaDbDialect() {
        Dialect dialect = new MotCuaDialectResolver()
                .resolveDialect(new Reported("MySQL", "5.5.5-10.11.6-MariaDB-0+deb12u1", 5, 5));

        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(dialect.getVersion().getDatabaseMinorVersion()).isEqualTo(11);
    }

    @Test
    void otherDatabasesAreLeftToHibernate() {
        MotCuaDialectResolver resolver = new MotCuaDialectResolver();

        assertThat(resolver.resolveDialect(new Reported("MySQL", "8.4.3", 8, 4))).isNull();
        assertThat(resolver.resolveDialect(new Reported("H2", "2.2.224 (2023-09-17)", 2, 2))).isNull();
        assertThat(resolver.resolveDialect(new Reported("H2", null, 2, 2))).isNull();
    }
}
