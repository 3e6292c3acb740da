package vn.motcua.platform.database;

import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MySQL Connector/J reports a MariaDB server as "MySQL 5.5.5-10.11.x-MariaDB", which makes Hibernate pick an old
 * MySQL dialect. This resolver recognises MariaDB by its version string; every other database is left to Hibernate's
 * standard resolution (H2, MySQL 8).
 */
public class MotCuaDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version != null && version.contains("MariaDB")) {
            return new MariaDBDialect(mariaDbVersion(version));
        }
        return null;
    }

    /** Reads "10.11" out of "5.5.5-10.11.6-MariaDB-0+deb12u1" (or "10.11.6-MariaDB"). */
    static DatabaseVersion mariaDbVersion(String reported) {
        String version = reported.startsWith("5.5.5-") ? reported.substring("5.5.5-".length()) : reported;
        String[] parts = version.split("[.-]");
        try {
            return DatabaseVersion.make(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            return DatabaseVersion.make(10, 11);
        }
    }
}
