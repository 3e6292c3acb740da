package vn.motcua.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.identity.CitizenAccounts;

/**
 * The application's one authentication mechanism (Jakarta Security allows one per application). Pages use a form
 * sign-in: protected pages send the visitor to {@code /login.xhtml} and back after signing in. The API is not a
 * protected web resource, so API callers are never sent to the sign-in page: the resources' role checks answer them
 * with 401 or 403 as problem details (see the api package). When an external OpenID Connect provider is configured
 * (see {@link OidcSettings}), {@code GET /oidc/start} sends the visitor to it and {@code GET /oidc/callback} completes
 * the sign-in (see {@link OidcClient}). API requests ({@code /api/...}) carrying a partner's key ({@code X-API-Key}) or
 * an app's bearer token ({@code Authorization: Bearer}) are authenticated by them alone, for that request (see
 * {@link #apiCredentials}); how, and with which scopes, is kept for the API's checks as an {@link ApiCaller}.
 *
 * <p>The session keeps only the caller's user name. Every request of a signed-in session hands the container the
 * caller <em>and</em> their groups, read afresh from the identity store, instead of relying on
 * {@code @AutoApplySession}: that re-applies the principal alone and leaves the groups to a thread-bound security
 * context which, under load, was seen to be empty — a signed-in administrator then got 403 from a role check (the
 * same fault as Payara issue 6145). Reading the groups on each request also means a revoked role or a deactivated
 * account takes effect on the next request, not at the next sign-in. For the same reason the sign-in redirect is done
 * here rather than by {@code @LoginToContinue}, which would send a signed-in caller of a protected page to the sign-in
 * page before this mechanism could apply the session: the page asked for is kept in the session and
 * {@link SignIn} returns there.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    /** The session attribute holding the signed-in caller's user name. */
    static final String CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";

    /** The session attribute holding the protected page a visitor asked for before signing in. */
    static final String RETURN_TO = PortalAuthenticationMechanism.class.getName() + ".returnTo";

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PortalIdentityStore accounts;

    @Inject
    OidcSettings oidc;

    @Inject
    CitizenAccounts citizenAccounts;

    @Inject
    vn.motcua.identity.ApiKeys apiKeys;

    @Inject
    ApiTokens tokens;

    static final String API_KEY_HEADER = "X-API-Key";

    /** The session attribute holding the external sign-in under way (state, nonce, PKCE verifier, page to return to). */
    static final String OIDC_PENDING = PortalAuthenticationMechanism.class.getName() + ".oidcPending";

    static final String OIDC_START = "/oidc/start";
    static final String OIDC_CALLBACK = "/oidc/callback";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.responseUnauthorized();
            }
            HttpSession session = request.getSession();
            request.changeSessionId();
            session.setAttribute(CALLER, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        if (isApi(request)) {
            AuthenticationStatus api = apiCredentials(request, context);
            if (api != null) {
                return api;
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && oidc.isConfigured()
                && (OIDC_START.equals(path) || OIDC_CALLBACK.equals(path))) {
            return OIDC_START.equals(path) ? startExternalSignIn(request, context)
                    : finishExternalSignIn(request, context);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof String username) {
            Set<String> groups = accounts.getCallerGroups(new CredentialValidationResult(username));
            if (groups.isEmpty()) {
                // The account was deactivated or lost every role since signing in: sign the session out.
                session.removeAttribute(CALLER);
                return context.doNothing();
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(username), groups);
        }
        if (context.isProtected() && !context.isAuthenticationRequest() && !isApi(request)) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * Authenticates an API request by the partner key or bearer token it carries, for this request only: a key as
     * {@code apikey:<prefix>}, a token as the account linked to its issuer and subject (with that account's roles), or
     * else as {@code token:<subject>} without roles. Credentials that do not pass leave the caller anonymous and
     * marked refused, which the API answers with 401. Null when the request carries neither.
     */
    private AuthenticationStatus apiCredentials(HttpServletRequest request, HttpMessageContext context) {
        String key = request.getHeader(API_KEY_HEADER);
        if (key != null) {
            Optional<vn.motcua.identity.ApiKeys.Partner> partner = apiKeys.authenticate(key.strip());
            if (partner.isEmpty()) {
                request.setAttribute(ApiCaller.ATTRIBUTE, ApiCaller.refused(ApiCaller.Kind.API_KEY,
                        "Khóa API không hợp lệ hoặc đã bị thu hồi"));
                return context.doNothing();
            }
            request.setAttribute(ApiCaller.ATTRIBUTE, ApiCaller.apiKey(partner.get().prefix(),
                    partner.get().scopes(), partner.get().rateLimit()));
            return context.notifyContainerAboutLogin(new CallerPrincipal("apikey:" + partner.get().prefix()),
                    Set.of("PARTNER"));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        Optional<ApiTokens.Verified> token = tokens.verify(authorization.substring(7).strip());
        if (token.isEmpty()) {
            request.setAttribute(ApiCaller.ATTRIBUTE, ApiCaller.refused(ApiCaller.Kind.BEARER,
                    "Mã truy cập (bearer token) không hợp lệ hoặc đã hết hạn"));
            return context.doNothing();
        }
        String username = citizenAccounts.linkedAccount(token.get().issuer(), token.get().subject()).orElse(null);
        Set<String> groups = username == null ? Set.of()
                : accounts.getCallerGroups(new CredentialValidationResult(username));
        String principal = username != null ? username : "token:" + token.get().subject();
        request.setAttribute(ApiCaller.ATTRIBUTE, ApiCaller.bearer(principal, token.get().scopes()));
        return context.notifyContainerAboutLogin(new CallerPrincipal(principal), groups);
    }

    /** Sends the visitor to the external provider, keeping what must come back in their session. */
    private AuthenticationStatus startExternalSignIn(HttpServletRequest request, HttpMessageContext context) {
        String returnTo = takeReturnTo(request).orElse(safePath(request.getParameter("returnTo")).orElse(null));
        try {
            OidcClient.Start start = oidc.client().orElseThrow().start(returnTo);
            request.getSession().setAttribute(OIDC_PENDING, start.pending());
            return context.redirect(start.providerUri().toString());
        } catch (OidcException e) {
            LOG.warning(() -> "External sign-in not started: " + e.getMessage());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?oidcError="
                    + e.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Completes an external sign-in: the pending login is taken out of the session first, so a callback works once;
     * the person's account (found by issuer and subject, or opened) is signed in on a fresh session id.
     */
    private AuthenticationStatus finishExternalSignIn(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession();
        Object pending = session.getAttribute(OIDC_PENDING);
        session.removeAttribute(OIDC_PENDING);
        String query = request.getQueryString();
        java.net.URI callback = java.net.URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
        try {
            OidcClient.PendingLogin login = pending instanceof OidcClient.PendingLogin p ? p : null;
            String username = citizenAccounts.signInExternal(oidc.client().orElseThrow().finish(callback, login));
            request.changeSessionId();
            session.setAttribute(CALLER, username);
            String target = login.returnTo() == null ? "/citizen/dossiers.xhtml" : login.returnTo();
            return context.redirect(request.getContextPath() + target);
        } catch (OidcException e) {
            LOG.warning(() -> "External sign-in refused (" + e.reason() + "): " + e.getMessage());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?oidcError="
                    + e.reason().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static Optional<String> safePath(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith(LOGIN_PAGE)
                ? Optional.of(path) : Optional.empty();
    }

    /** API callers are answered 401 by the resources' role checks, never sent to the sign-in page. */
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The page to return to after signing in, taken out of the session: a path inside the portal the visitor asked
     * for, never another site.
     */
    static Optional<String> takeReturnTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(RETURN_TO) instanceof String path)) {
            return Optional.empty();
        }
        session.removeAttribute(RETURN_TO);
        return safePath(path);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
