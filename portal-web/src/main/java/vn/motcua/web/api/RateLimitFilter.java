package vn.motcua.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.audit.application.RequestOrigin;
import vn.motcua.platform.ratelimit.RateLimiter;
import vn.motcua.web.security.ApiCaller;

/**
 * Rate limits of the public API ({@code /api/v1/...}), counted in the database so that every node counts together:
 * per API key ({@code motcua.api.rate-limit.api-key} requests per window, or the key's own limit), per token subject
 * or signed-in user ({@code .authenticated}) and per client address for anonymous callers ({@code .anonymous}); the
 * window is {@code motcua.api.rate-limit.window} (ISO-8601, a minute by default). Every answer tells the limit with
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} and {@code RateLimit-Policy}; past it,
 * 429 as a problem detail with {@code Retry-After}. {@code motcua.api.rate-limit.enabled=false} turns it off.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "motcua.api.rate-limit.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "motcua.api.rate-limit.window", defaultValue = "PT1M")
    String window;

    @Inject
    @ConfigProperty(name = "motcua.api.rate-limit.anonymous", defaultValue = "300")
    int anonymous;

    @Inject
    @ConfigProperty(name = "motcua.api.rate-limit.authenticated", defaultValue = "1200")
    int authenticated;

    @Inject
    @ConfigProperty(name = "motcua.api.rate-limit.api-key", defaultValue = "1200")
    int apiKey;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!enabled || !context.getUriInfo().getPath().startsWith("v1/")) {
            return;
        }
        ApiCaller caller = ApiCaller.of(request);
        String subject;
        int limit;
        if (caller.refused() || caller.kind() == ApiCaller.Kind.ANONYMOUS) {
            subject = "ip:" + (origin.getClientAddress() == null ? request.getRemoteAddr() : origin.getClientAddress());
            limit = anonymous;
        } else if (caller.kind() == ApiCaller.Kind.API_KEY) {
            subject = "key:" + caller.subject();
            limit = caller.rateLimit() != null ? caller.rateLimit() : apiKey;
        } else {
            subject = "sub:" + caller.subject();
            limit = authenticated;
        }
        Duration length = Duration.parse(window);
        RateLimiter.Decision decision = limiter.hit(subject, limit, length);
        context.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            LOG.info(() -> "429 for " + caller.kind() + " over " + decision.limit() + " requests per " + window);
            context.abortWith(Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                            "Quá nhiều yêu cầu", "Đã vượt giới hạn " + decision.limit() + " yêu cầu mỗi "
                                    + length.toSeconds() + " giây; thử lại sau " + decision.resetSeconds() + " giây"))
                    .header("Retry-After", decision.resetSeconds()).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        if (requestContext.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
            response.getHeaders().putSingle("RateLimit-Policy", decision.limit() + ";w="
                    + Duration.parse(window).toSeconds());
        }
    }
}
