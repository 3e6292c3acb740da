package vn.motcua.web.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * The Payara Micro connector learns the deployed servlets by polling the server's console every 200 ms and parsing
 * the "Instance Configuration" block from the first snapshot that contains its "HTTPS" line. When the console
 * reader lags behind (a first start logs thousands of lines), that snapshot can end before the block's "Deployed"
 * list, and every in-container test of the class then fails with "ArquillianServletRunnerEE9 not found".
 *
 * <p>This container keeps the connector and completes the metadata only in that case (no servlet at all): the
 * application's context root, and the test runner servlet when the running server answers for it. It also waits
 * for a stopped server to be gone before the next one starts (see {@link #undeploy}).
 */
public class CompleteServletMetadata extends PayaraMicroDeployableContainer {

    static final String RUNNER = "ArquillianServletRunnerEE9";
    private static final Logger LOG = Logger.getLogger(CompleteServletMetadata.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        // Every server of the run sends its e-mails to the tests' SMTP server: it must answer before the first starts.
        TestMailServer.get();
        ProtocolMetaData metadata = super.deploy(archive);
        for (HTTPContext context : metadata.getContexts(HTTPContext.class)) {
            // A complete block lists at least the application's own servlets; none at all means a partial snapshot.
            if (context.getServlets().isEmpty()) {
                int status = statusOf(URI.create("http://" + context.getHost() + ":" + context.getPort() + "/" + RUNNER));
                context.add(new Servlet("default", "/"));
                // A client-side test class (testable = false) deploys no runner: it answers 404 and is not needed.
                if (status != 404) {
                    context.add(new Servlet(RUNNER, "/"));
                }
                LOG.warning(() -> "The connector read a partial console snapshot; the application is at context root /"
                        + " and /" + RUNNER + " answers " + status);
            }
        }
        return metadata;
    }

    /**
     * The connector stops a server by sending it SIGTERM and returns at once, so the next test class's server could
     * open the embedded database while the previous one was still closing it (seen: a corrupted H2 file). Wait for the
     * servers this JVM started to be gone, and force them after a minute.
     */
    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        super.undeploy(archive);
        List<ProcessHandle> servers = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara")).orElse(true)).toList();
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                LOG.warning(() -> "Server process " + server.pid() + " still running a minute after SIGTERM; killing it");
                server.destroyForcibly();
                server.onExit().join();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new DeploymentException("Waiting for server process " + server.pid() + " to end", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeploymentException("Interrupted while waiting for the server to end", e);
            }
        }
    }

    private static int statusOf(URI uri) throws DeploymentException {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeploymentException("The server does not answer at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeploymentException("Interrupted while asking " + uri, e);
        }
    }

    /** Registered in META-INF/services; replaces the connector's container with this one. */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class,
                    CompleteServletMetadata.class);
        }
    }
}
