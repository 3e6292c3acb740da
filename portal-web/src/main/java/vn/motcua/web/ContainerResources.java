package vn.motcua.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

/**
 * Container resources made injectable for the case engine. The container binds resource references only for
 * components of the web module, not for classes of library jars, so the case engine receives them through CDI.
 */
@ApplicationScoped
public class ContainerResources {

    @Produces
    @PersistenceContext(unitName = "motcua")
    EntityManager entityManager;

    @Produces
    @Resource(lookup = "java:app/jdbc/motcua")
    DataSource dataSource;
}
