package vn.motcua.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.Entity;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import vn.motcua.dossier.domain.Dossier;

/**
 * The container's plumbing for tests that run Hibernate and the engine without a container: field injection, CDI
 * events, the entity classes, and one shared connection so a JPA
 * transaction covers the engine's statements as a JTA transaction does in the container.
 */
public final class FixturePlumbing {

    private FixturePlumbing() {
    }

    /** Sets the named {@code @Inject} fields of a bean, as the container would. */
    public static void wire(Object bean, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Field field = null;
            for (Class<?> type = bean.getClass(); type != null && field == null; type = type.getSuperclass()) {
                field = Stream.of(type.getDeclaredFields()).filter(f -> f.getName().equals(name)).findFirst()
                        .orElse(null);
            }
            if (field == null) {
                throw new IllegalArgumentException(bean.getClass() + " has no field " + name);
            }
            try {
                field.setAccessible(true);
                field.set(bean, namesAndValues[i + 1]);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static <T> Event<T> events(Consumer<T> observer) {
        return new Event<>() {
            @Override
            public void fire(T event) {
                observer.accept(event);
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<T> select(Annotation... qualifiers) {
                return this;
            }

            @Override
            public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public static List<Class<?>> entityClasses() throws Exception {
        Path root = Path.of(Dossier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString();
                if (name.endsWith("package-info.class") || name.endsWith("module-info.class")) {
                    continue;
                }
                Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.')
                        .replace('\\', '.'), false, Dossier.class.getClassLoader());
                if (type.isAnnotationPresent(Entity.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    /**
     * One physical connection handed to both Hibernate and the engine (closing it is a no-op), so a JPA transaction
     * covers the engine's statements as a JTA transaction does in the container.
     */
    public static final class SharedConnection implements DataSource {
        private final Connection physical;
        private final Connection shared;

        public SharedConnection(DataSource target) throws SQLException {
            physical = target.getConnection();
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                    return null;
                }
                try {
                    return method.invoke(physical, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        public void closeForReal() throws SQLException {
            physical.close();
        }

        @Override
        public Connection getConnection() {
            return shared;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return shared;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
