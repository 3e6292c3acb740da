package vn.motcua.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The application's one data source, shared by JPA and the process engine. Configured by MicroProfile Config at the
 * server level (environment variables {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}); the default is an
 * embedded H2 database in MySQL mode under the data folder ({@code MOTCUA_DATA_DIR}, default {@code ./data}).
 * Defaults must stay inline: the server resolves these placeholders before the application's own config exists.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/motcua",
        className = "vn.motcua.platform.database.ConfiguredDataSource",
        url = "${MPCONFIG=db.url:jdbc:h2:file:[data]/motcua;MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=db.user:sa}",
        password = "${MPCONFIG=db.password:motcua}",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
@ApplicationScoped
public class DataSourceConfiguration {
}
