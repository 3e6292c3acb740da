package vn.motcua.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged WAR, as built by Maven, is what every integration test deploys. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive packagedWar() {
        String war = System.getProperty("it.war", "target/motcua.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a test library class came from, to ship it inside the deployment for in-container tests. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The database the deployment really talks to, for the test report (e.g. "H2 2.2.224", "MySQL 5.5.5-10.11"). */
    public static String database(javax.sql.DataSource dataSource) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
