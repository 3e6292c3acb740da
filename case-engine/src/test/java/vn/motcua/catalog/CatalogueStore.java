package vn.motcua.catalog;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.RequestOrigin;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;

/**
 * A migrated database with the catalogue services on a plain Hibernate session factory (no container), for tests of
 * import, export and search against real SQL.
 */
final class CatalogueStore implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneOffset.UTC);

    private final TestDatabase database;
    private final DataSource dataSource;
    private final StandardServiceRegistry registry;
    private final SessionFactory sessionFactory;

    CatalogueStore(TestDatabase database, String name, boolean demo) {
        this.database = database;
        this.dataSource = database.openMigrated(name, demo);
        this.registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build();
        this.sessionFactory = new MetadataSources(registry)
                .addAnnotatedClass(Procedure.class)
                .addAnnotatedClass(ProcedureVersion.class)
                .addAnnotatedClass(vn.motcua.organization.OrgUnit.class)
                .addAnnotatedClass(vn.motcua.organization.UnitSuccession.class)
                .addAnnotatedClass(vn.motcua.organization.ServiceDesk.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    /** Runs work in one transaction with fresh services, committing when it returns and rolling back if it throws. */
    <T> T inTransaction(Function<Services, T> work) {
        EntityManager em = sessionFactory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new Services(em));
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    final class Services {
        final CatalogAdministration administration = new CatalogAdministration();
        final Catalog catalog = new Catalog();
        final vn.motcua.organization.Organisation organisation;

        Services(EntityManager em) {
            organisation = vn.motcua.organization.OrganisationAccess.of(em);
            administration.em = em;
            administration.clock = CLOCK;
            administration.audit = auditTrail(em);
            catalog.em = em;
            catalog.clock = CLOCK;
        }
    }

    private AuditTrail auditTrail(EntityManager em) {
        AuditTrail trail = new AuditTrail();
        set(trail, "em", em);
        set(trail, "origin", new RequestOrigin());
        set(trail, "clock", CLOCK);
        return trail;
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        sessionFactory.close();
        StandardServiceRegistryBuilder.destroy(registry);
        database.release(dataSource);
    }
}
