package vn.motcua.statistics.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs JDBC work on a connection: inside the container, the one of the caller's transaction. */
public interface Connections {

    /** One piece of JDBC work. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    <T> T run(Work<T> work);
}
