package vn.motcua.integration.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * Serves a {@link FakeNationalPortal} over HTTP with the JDK's server on a free loopback port:
 * {@code POST <url>/login} and {@code POST <url>/service}. A delayed answer holds its thread, so a client that gives
 * up first sees a time-out while the portal keeps what it took.
 */
public final class FakePortalServer implements AutoCloseable {

    private final FakeNationalPortal portal;
    private final HttpServer server;
    private final ExecutorService threads;

    public FakePortalServer(FakeNationalPortal portal) throws IOException {
        this.portal = Objects.requireNonNull(portal, "portal is required");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        threads = Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "fake-dvcqg");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/dvcqg/login", exchange -> handle(exchange,
                (headers, body) -> portal.login(headers.getFirst("dstcode"), body)));
        server.createContext("/dvcqg/service", exchange -> handle(exchange,
                (headers, body) -> portal.service(headers.getFirst("session"),
                        headers.getFirst("X-Idempotency-Key"), body)));
        server.start();
    }

    public FakeNationalPortal portal() {
        return portal;
    }

    /** The portal's base address, e.g. {@code http://127.0.0.1:41234/dvcqg}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dvcqg";
    }

    private static void handle(HttpExchange exchange,
                               BiFunction<com.sun.net.httpserver.Headers, String, FakeNationalPortal.Reply> action)
            throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            FakeNationalPortal.Reply reply = action.apply(exchange.getRequestHeaders(), body);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up before the answer (a time-out fault): nothing to do
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
