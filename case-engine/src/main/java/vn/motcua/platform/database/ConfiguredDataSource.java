package vn.motcua.platform.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class named by the application's {@code @DataSourceDefinition}: it picks the vendor's data
 * source from the JDBC URL, so that setting {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} is all it takes
 * to move from the embedded H2 database to MySQL 8 or MariaDB (through MySQL Connector/J), without a rebuild.
 * The container's pool wraps it and enlists its connections in JTA transactions.
 *
 * <p>The default URL is an embedded H2 file database; {@value #DATA_DIR} in a URL stands for the data folder
 * ({@code MOTCUA_DATA_DIR}, default {@code ./data}).
 */
public class ConfiguredDataSource implements DataSource {

    static final String DATA_DIR = "[data]";

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    /** Alias used by some pool implementations. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getURL() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            current = create();
            delegate = current;
        }
        return current;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL configured: set DB_URL (or the db.url property)");
        }
        String resolvedUrl = url.contains(DATA_DIR) ? url.replace(DATA_DIR, dataDirectory()) : url;
        Vendor vendor = Vendor.of(resolvedUrl);
        try {
            DataSource dataSource = (DataSource) Class.forName(vendor.dataSourceClass, true, getClass().getClassLoader())
                    .getDeclaredConstructor().newInstance();
            vendor.configure(dataSource, resolvedUrl, user, password);
            return dataSource;
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new SQLException("Cannot create the data source for " + vendor + " (" + vendor.dataSourceClass + ")", e);
        }
    }

    /**
     * The data folder: system property {@code motcua.data.dir}, else environment variable {@code MOTCUA_DATA_DIR},
     * else {@code ./data}. Read directly, not through MicroProfile Config: the pool may open connections on threads
     * that carry no application context.
     */
    private static String dataDirectory() {
        String dir = System.getProperty("motcua.data.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("MOTCUA_DATA_DIR");
        }
        if (dir == null || dir.isBlank()) {
            dir = "data";
        }
        return java.nio.file.Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /** The databases the application supports, recognised by their JDBC URL prefix. */
    enum Vendor {
        H2("org.h2.jdbcx.JdbcDataSource"),
        MYSQL("com.mysql.cj.jdbc.MysqlDataSource");

        private final String dataSourceClass;

        Vendor(String dataSourceClass) {
            this.dataSourceClass = dataSourceClass;
        }

        static Vendor of(String url) throws SQLException {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:h2:")) {
                return H2;
            }
            if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
                return MYSQL;
            }
            throw new SQLException("Unsupported database URL (expected jdbc:h2:, jdbc:mysql: or jdbc:mariadb:)");
        }

        void configure(DataSource dataSource, String url, String user, String password)
                throws NoSuchMethodException, InvocationTargetException, IllegalAccessException {
            String jdbcUrl = this == MYSQL && url.toLowerCase(Locale.ROOT).startsWith("jdbc:mariadb:")
                    ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length())
                    : url;
            dataSource.getClass().getMethod(this == H2 ? "setURL" : "setUrl", String.class).invoke(dataSource, jdbcUrl);
            dataSource.getClass().getMethod("setUser", String.class).invoke(dataSource, user == null ? "" : user);
            dataSource.getClass().getMethod("setPassword", String.class).invoke(dataSource, password == null ? "" : password);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
