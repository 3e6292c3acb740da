package vn.motcua.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * How an API request was authenticated, kept as a request attribute by {@link PortalAuthenticationMechanism} for the
 * API's scope checks and rate limits: a partner's API key, a bearer token, a browser session, nobody — or
 * credentials that were presented and refused ({@link #refused}, answered 401 whatever the endpoint).
 *
 * @param subject who counts against the rate limits: the key's prefix, the token's subject, the user name
 * @param scopes  what a key or token may do; empty for a session (whose roles decide) and for anonymous callers
 * @param rateLimit the API key's own limit, or null
 */
public record ApiCaller(Kind kind, String subject, Set<String> scopes, Integer rateLimit, String refusal) {

    public enum Kind {
        API_KEY, BEARER, SESSION, ANONYMOUS
    }

    static final String ATTRIBUTE = ApiCaller.class.getName();

    public ApiCaller {
        scopes = Set.copyOf(scopes);
    }

    static ApiCaller apiKey(String prefix, Set<String> scopes, Integer rateLimit) {
        return new ApiCaller(Kind.API_KEY, prefix, scopes, rateLimit, null);
    }

    static ApiCaller bearer(String subject, Set<String> scopes) {
        return new ApiCaller(Kind.BEARER, subject, scopes, null, null);
    }

    static ApiCaller refused(Kind kind, String reason) {
        return new ApiCaller(kind, null, Set.of(), null, reason);
    }

    /** Whether credentials were presented and refused (unknown, revoked or expired key or token). */
    public boolean refused() {
        return refusal != null;
    }

    /** Whether a key or a token (not a session) authenticated the call: its scopes then limit what it may do. */
    public boolean scoped() {
        return refusal == null && (kind == Kind.API_KEY || kind == Kind.BEARER);
    }

    /** The caller of the request: as the mechanism recorded it, else the session's user, else anonymous. */
    public static ApiCaller of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof ApiCaller caller) {
            return caller;
        }
        return request.getUserPrincipal() != null
                ? new ApiCaller(Kind.SESSION, request.getUserPrincipal().getName(), Set.of(), null, null)
                : new ApiCaller(Kind.ANONYMOUS, null, Set.of(), null, null);
    }
}
