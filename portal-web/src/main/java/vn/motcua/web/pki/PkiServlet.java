package vn.motcua.web.pki;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.motcua.signing.SigningService;

/**
 * What a PKI publishes: the root certificate of the (development) certification authority at {@code /pki/root.pem},
 * so that validators can be told to trust it, and the RFC 3161 time-stamping authority at {@code /pki/tsa}.
 */
@WebServlet(urlPatterns = {"/pki/root.pem", "/pki/tsa"})
public class PkiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REQUEST = 16 * 1024;

    @Inject
    transient SigningService signing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith("root.pem")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        byte[] pem = signing.rootCertificatePem().getBytes(StandardCharsets.US_ASCII);
        response.setContentType("application/x-pem-file");
        response.setHeader("Content-Disposition", "inline; filename=\"motcua-root.pem\"");
        response.setContentLength(pem.length);
        response.getOutputStream().write(pem);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.getServletPath().endsWith("tsa")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentType() == null || !request.getContentType().startsWith("application/timestamp-query")) {
            response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "expected application/timestamp-query (RFC 3161)");
            return;
        }
        byte[] query = request.getInputStream().readNBytes(MAX_REQUEST + 1);
        if (query.length == 0 || query.length > MAX_REQUEST) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a time-stamp request");
            return;
        }
        byte[] reply;
        try {
            reply = signing.timestamp(query);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "not a time-stamp request: " + e.getMessage());
            return;
        }
        response.setContentType("application/timestamp-reply");
        response.setContentLength(reply.length);
        response.getOutputStream().write(reply);
    }
}
