package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code motcua.signing.tsa-url} set, time stamps come over HTTP (DSS's online source) from an RFC 3161 server;
 * here that server is {@link SigningService#timestamp} behind the contract the web layer serves at
 * {@code POST /pki/tsa}.
 */
class OnlineTimeStampTest {

    @TempDir
    Path pki;

    @Test
    void aConfiguredTimeStampingAuthorityIsCalledOverHttp() throws IOException {
        SigningService authority = SignedDocuments.service(pki);
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pki/tsa", exchange -> {
            requests.incrementAndGet();
            byte[] reply;
            try (InputStream in = exchange.getRequestBody()) {
                boolean query = "application/timestamp-query".equals(
                        exchange.getRequestHeaders().getFirst("Content-Type"));
                reply = query ? authority.timestamp(in.readAllBytes()) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(query ? 200 : 415, reply.length == 0 ? -1 : reply.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pki/tsa");
            SigningConfiguration development = SigningConfiguration.development(pki);
            SigningService online = SigningService.create(new SigningConfiguration(pki,
                    SigningConfiguration.DEVELOPMENT_PASSWORD.toCharArray(), url, null, null, true,
                    development.trustedRoots(), false), Clock.systemUTC());

            byte[] signed = online.signAsOfficial(SignedDocuments.receipt(), SignedDocuments.DEPUTY);

            assertThat(requests.get()).isEqualTo(1);
            VerificationReport report = online.verify(signed);
            assertThat(report.intact()).isTrue();
            assertThat(report.signatures()).singleElement().satisfies(check -> {
                assertThat(check.valid()).as(check.problem()).isTrue();
                assertThat(check.signedAt()).isNotNull();
            });
        } finally {
            server.stop(0);
        }
    }
}
