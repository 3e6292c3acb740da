package vn.motcua.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.dossier.domain.Dossier;

/**
 * The schema is Flyway's (module sql), the mappings are the entities': this test migrates a fresh database exactly as
 * the application does (schema and demo data) and lets Hibernate validate every entity against it, then compares
 * column lengths and nullability, which Hibernate's validator does not check. It runs on H2 in MySQL mode always and
 * on MariaDB when the build runs with {@code -Dit.db=mariadb}; on CI ({@code CI=true}) an unreachable MariaDB fails
 * the build instead of skipping the check.
 */
class SchemaMappingTest {

    private static final List<String> KNOWN_ENTITIES = List.of(
            "vn.motcua.organization.OrgUnit",
            "vn.motcua.organization.UnitSuccession",
            "vn.motcua.organization.ServiceDesk",
            "vn.motcua.identity.StandIn",
            "vn.motcua.identity.UserAccount",
            "vn.motcua.identity.RoleAssignment",
            "vn.motcua.catalog.Procedure",
            "vn.motcua.catalog.ProcedureVersion",
            "vn.motcua.dossier.domain.Dossier",
            "vn.motcua.dossier.domain.DossierHistoryEntry",
            "vn.motcua.dossier.domain.ClockEntry",
            "vn.motcua.dossier.domain.StepRecord",
            "vn.motcua.workflow.worklist.WorkItem",
            "vn.motcua.documents.domain.Document");

    private static List<Class<?>> entities;

    /** The dialect Hibernate must pick on each test database. */
    private static Class<? extends Dialect> expectedDialect(TestDatabase database) {
        return switch (database) {
            case H2 -> H2Dialect.class;
            case MARIADB -> MariaDBDialect.class;
        };
    }

    @BeforeAll
    static void findEntities() throws IOException, URISyntaxException, ClassNotFoundException {
        entities = entityClasses();
    }

    @Test
    void everyEntityOfTheMainCodeIsFound() {
        assertThat(entities).extracting(Class::getName).containsAll(KNOWN_ENTITIES);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void migratedSchemaMatchesEveryEntityMapping(TestDatabase database) throws SQLException {
        DataSource dataSource = database.openEmpty("motcua_schema");

        SchemaMigrator.migrate(dataSource, true);

        assertThat(count(dataSource, "SELECT COUNT(*) FROM procedure_version")).isPositive();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            assertThat(metadata.getEntityBindings()).hasSameSizeAs(entities);

            try (SessionFactory sessionFactory = metadata.buildSessionFactory()) {
                Dialect dialect = sessionFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices()
                        .getDialect();
                assertThat(dialect).isInstanceOf(expectedDialect(database));
            }
            assertThat(lengthAndNullabilityMismatches(metadata, dataSource))
                    .as("columns whose length or nullability differ between mapping and schema on %s", database)
                    .isEmpty();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            database.release(dataSource);
        }
    }

    /**
     * Hibernate's validator compares tables, columns and type families only. This adds what it leaves out: a mapped
     * column must be nullable exactly when the schema's is, and a character column must have the schema's length
     * (columns with an explicit {@code columnDefinition} are left to the validator).
     */
    private static List<String> lengthAndNullabilityMismatches(Metadata metadata, DataSource dataSource)
            throws SQLException {
        Map<String, DatabaseColumn> schema = databaseColumns(dataSource);
        MetadataImplementor mapping = (MetadataImplementor) metadata;
        List<String> mismatches = new ArrayList<>();
        for (Table table : metadata.collectTableMappings()) {
            for (Column column : table.getColumns()) {
                String name = columnKey(table.getName(), column.getName());
                DatabaseColumn actual = schema.get(name);
                if (actual == null) {
                    mismatches.add(name + ": mapped but not in the schema");
                    continue;
                }
                if (column.isNullable() != actual.nullable()) {
                    mismatches.add(name + ": mapped " + nullability(column.isNullable()) + ", schema "
                            + nullability(actual.nullable()));
                }
                int typeCode = column.getSqlTypeCode(mapping);
                boolean character = SqlTypes.isCharacterType(typeCode) || SqlTypes.isEnumType(typeCode);
                if (column.getSqlType() == null && character && column.getLength() != actual.size()) {
                    mismatches.add(name + ": mapped length " + column.getLength() + ", schema length "
                            + actual.size());
                }
            }
        }
        return mismatches;
    }

    private record DatabaseColumn(boolean nullable, long size) {
    }

    private static Map<String, DatabaseColumn> databaseColumns(DataSource dataSource) throws SQLException {
        Map<String, DatabaseColumn> columns = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData()
                     .getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                columns.put(columnKey(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")),
                        new DatabaseColumn(rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                                rs.getLong("COLUMN_SIZE")));
            }
        }
        return columns;
    }

    private static String columnKey(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }

    private static String nullability(boolean nullable) {
        return nullable ? "NULL" : "NOT NULL";
    }

    /** Every class annotated with {@link Entity} in the compiled main code (a folder, or a jar). */
    private static List<Class<?>> entityClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(Dossier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return entityClassesUnder(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return entityClassesUnder(jar.getPath("/"));
        }
    }

    private static List<Class<?>> entityClassesUnder(Path root) throws IOException, ClassNotFoundException {
        List<String> classNames;
        try (Stream<Path> files = Files.walk(root)) {
            classNames = files
                    .filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .sorted()
                    .toList();
        }
        ClassLoader loader = Dossier.class.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        for (String className : classNames) {
            Class<?> type = Class.forName(className, false, loader);
            if (type.isAnnotationPresent(Entity.class)) {
                found.add(type);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return List.copyOf(found);
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
