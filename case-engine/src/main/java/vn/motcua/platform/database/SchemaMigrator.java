package vn.motcua.platform.database;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies our Flyway migrations ({@code classpath:db/migration}) and, when demo data is enabled, the demo reference
 * data ({@code classpath:db/demo}) with a history table of its own, so demo data never mixes with the schema's
 * version line. The engine's own ACT_* tables are created by the engine.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    public static void migrate(DataSource dataSource, boolean withDemoData) {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        MigrateResult schema = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (withDemoData) {
            MigrateResult demo = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("flyway_demo_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Demo reference data at version " + demo.targetSchemaVersion);
        }
    }
}
