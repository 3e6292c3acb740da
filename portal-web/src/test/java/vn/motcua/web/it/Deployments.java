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

    /** Which database the suite runs on, for the test report: "h2" or "mariadb". */
    public static String database() {
        return System.getProperty("it.db", "h2");
    }
}
