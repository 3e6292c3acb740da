package vn.motcua.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.audit.application.RequestOrigin;

/**
 * Tells the audit trail where each request comes from. The remote address of the connection, unless the portal runs
 * behind a reverse proxy that it is told to trust ({@code motcua.http.trust-forwarded-for=true}, off by default):
 * then the last address of {@code X-Forwarded-For}, the one that proxy saw. Without that setting the header is
 * ignored, so a client cannot choose the address recorded for it.
 */
@WebFilter(filterName = "clientAddress", urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "motcua.http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.setClientAddress(clientAddress(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR),
                trustForwardedFor));
        chain.doFilter(request, response);
    }

    /** The address to record: the proxy's last forwarded-for entry when trusted and present, else the remote one. */
    static String clientAddress(String remoteAddress, String forwardedFor, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty()) {
                    return hop.length() > 64 ? hop.substring(0, 64) : hop;
                }
            }
        }
        return remoteAddress;
    }
}
