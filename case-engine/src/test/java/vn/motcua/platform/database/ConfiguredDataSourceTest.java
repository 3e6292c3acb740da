package vn.motcua.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfiguredDataSourceTest {

    private static final String DATA_DIR_PROPERTY = "motcua.data.dir";

    private String previousDataDir;

    @BeforeEach
    void rememberDataDir() {
        previousDataDir = System.getProperty(DATA_DIR_PROPERTY);
    }

    @AfterEach
    void restoreDataDir() {
        if (previousDataDir == null) {
            System.clearProperty(DATA_DIR_PROPERTY);
        } else {
            System.setProperty(DATA_DIR_PROPERTY, previousDataDir);
        }
    }

    @Test
    void dataPlaceholderResolvesToTheConfiguredDataFolder(@TempDir Path dataDir) throws SQLException {
        System.setProperty(DATA_DIR_PROPERTY, dataDir.toString());
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl("jdbc:h2:[data]/motcua;MODE=MySQL");
        dataSource.setUser("sa");
        dataSource.setPassword("");

        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 40 + 2")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
            assertThat(connection.getMetaData().getURL())
                    .isEqualTo("jdbc:h2:" + dataDir.toAbsolutePath().normalize().toString().replace('\\', '/')
                            + "/motcua");
        }
        assertThat(dataDir.resolve("motcua.mv.db")).exists();
    }

    @Test
    void urlWithoutPlaceholderIsUsedAsGiven() throws SQLException {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl("jdbc:h2:mem:configured_data_source_test");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:configured_data_source_test");
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void changingTheUrlTakesEffectOnTheNextConnection() throws SQLException {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl("jdbc:h2:mem:first_database");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:first_database");
        }

        dataSource.setURL("jdbc:h2:mem:second_database");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:second_database");
        }
        assertThat(dataSource.getURL()).isEqualTo(dataSource.getUrl()).isEqualTo("jdbc:h2:mem:second_database");
    }

    @Test
    void mariaDbUrlIsServedByConnectorJ() {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl("jdbc:mariadb://127.0.0.1:1/motcua");
        dataSource.setUser("motcua");
        dataSource.setPassword("secret");

        assertThatThrownBy(dataSource::getConnection)
                .as("Connector/J accepted the URL and tried to connect to the closed port")
                .isInstanceOf(CommunicationsException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://localhost/motcua", "jdbc:oracle:thin:@localhost:1521/motcua",
        "h2:mem:motcua"})
    void unsupportedUrlIsRejectedNamingTheExpectedPrefixes(String url) {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(url);

        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:h2:")
                .hasMessageContaining("jdbc:mysql:")
                .hasMessageContaining("jdbc:mariadb:");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingUrlIsRejectedNamingDbUrl(String url) {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(url);

        assertThatThrownBy(dataSource::getConnection)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("DB_URL");
    }
}
