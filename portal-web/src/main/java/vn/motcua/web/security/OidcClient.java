package vn.motcua.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import vn.motcua.identity.ExternalIdentity;

/**
 * Sign-in through an external OpenID Connect provider (the national e-ID in production) with the authorization code
 * flow, PKCE (S256), state and nonce. Plain Java, so it is tested against a real provider without a container.
 *
 * <p>{@link #start} gives the provider's address to send the visitor to and the {@link PendingLogin} to keep in their
 * session; {@link #finish} takes the address the provider sent the visitor back to with that pending login (which the
 * caller removes from the session first, so a callback works once), checks the state, exchanges the code for tokens
 * and validates the ID token (signature against the provider's keys, issuer, audience, expiry, nonce) before mapping
 * its claims. The provider's metadata is fetched at first use, not at deployment.
 */
public class OidcClient {

    /** The provider and this portal's registration with it. */
    public record Settings(String issuer, String clientId, String clientSecret, URI redirectUri, String scopes,
                           String personalIdClaim) {
        public Settings {
            Objects.requireNonNull(issuer, "issuer is required");
            Objects.requireNonNull(clientId, "client id is required");
            Objects.requireNonNull(redirectUri, "redirect URI is required");
        }
    }

    /** What must come back with the provider's answer; kept in the visitor's session between the two requests. */
    public record PendingLogin(String state, String nonce, String codeVerifier, String returnTo) implements Serializable {
    }

    /** Where to send the visitor, and what to keep until they return. */
    public record Start(URI providerUri, PendingLogin pending) {
    }

    private final Settings settings;
    private volatile OIDCProviderMetadata metadata;

    public OidcClient(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** The authorization request for a visitor who will return to {@code returnTo} (a path in the portal) after. */
    public Start start(String returnTo) {
        OIDCProviderMetadata provider = metadata();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI uri = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(scopes()),
                new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(provider.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        return new Start(uri, new PendingLogin(state.getValue(), nonce.getValue(), verifier.getValue(), returnTo));
    }

    /**
     * Completes a sign-in from the provider's redirect.
     *
     * @param callback the full address the visitor came back to (with its query)
     * @param pending  the pending login taken out of the visitor's session, or null when there was none
     * @throws OidcException with the reason the sign-in is refused
     */
    public ExternalIdentity finish(URI callback, PendingLogin pending) {
        if (pending == null) {
            throw new OidcException(OidcException.Reason.NO_LOGIN_IN_PROGRESS,
                    "no sign-in in progress in this session (replayed or stale callback)");
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new OidcException(OidcException.Reason.INVALID_RESPONSE, "unreadable callback: " + e.getMessage());
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new OidcException(OidcException.Reason.STATE_MISMATCH,
                    "the callback's state does not match the sign-in started in this session");
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new OidcException(OidcException.Reason.PROVIDER_REFUSED,
                    "the provider answered " + error.getCode() + ": " + error.getDescription());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new OidcException(OidcException.Reason.INVALID_RESPONSE, "the callback carries no code");
        }
        JWT idToken = exchange(code, new CodeVerifier(pending.codeVerifier()));
        IDTokenClaimsSet claims = validate(idToken, new Nonce(pending.nonce()));
        return new ExternalIdentity(claims.getIssuer().getValue(), claims.getSubject().getValue(),
                claims.getStringClaim("name"), claims.getStringClaim("email"),
                settings.personalIdClaim() == null ? null : claimText(claims, settings.personalIdClaim()));
    }

    private JWT exchange(AuthorizationCode code, CodeVerifier verifier) {
        OIDCProviderMetadata provider = metadata();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, settings.redirectUri(), verifier);
        ClientID clientId = new ClientID(settings.clientId());
        TokenRequest request;
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            request = new TokenRequest(provider.getTokenEndpointURI(), clientId, grant);
        } else {
            Secret secret = new Secret(settings.clientSecret());
            List<ClientAuthenticationMethod> methods = provider.getTokenEndpointAuthMethods();
            boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
            request = new TokenRequest(provider.getTokenEndpointURI(),
                    postOnly ? new ClientSecretPost(clientId, secret) : new ClientSecretBasic(clientId, secret), grant);
        }
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        } catch (IOException e) {
            throw new OidcException(OidcException.Reason.PROVIDER_UNAVAILABLE,
                    "token endpoint unreachable: " + e.getMessage());
        } catch (ParseException e) {
            throw new OidcException(OidcException.Reason.TOKEN_EXCHANGE_FAILED, "unreadable token response: "
                    + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new OidcException(OidcException.Reason.TOKEN_EXCHANGE_FAILED,
                    "token endpoint answered " + error.getCode() + ": " + error.getDescription());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new OidcException(OidcException.Reason.TOKEN_EXCHANGE_FAILED, "the token response has no ID token");
        }
        return idToken;
    }

    private IDTokenClaimsSet validate(JWT idToken, Nonce nonce) {
        OIDCProviderMetadata provider = metadata();
        // the token's own algorithm, if the provider announces it and it is a public-key one (never none or HMAC)
        com.nimbusds.jose.Algorithm declared = idToken.getHeader().getAlgorithm();
        JWSAlgorithm algorithm = declared instanceof JWSAlgorithm jws
                && (JWSAlgorithm.Family.RSA.contains(jws) || JWSAlgorithm.Family.EC.contains(jws))
                && (provider.getIDTokenJWSAlgs() == null || provider.getIDTokenJWSAlgs().contains(jws))
                ? jws : JWSAlgorithm.RS256;
        try {
            IDTokenValidator validator = new IDTokenValidator(provider.getIssuer(),
                    new ClientID(settings.clientId()), algorithm, provider.getJWKSetURI().toURL());
            return validator.validate(idToken, nonce);
        } catch (MalformedURLException e) {
            throw new OidcException(OidcException.Reason.PROVIDER_UNAVAILABLE, "bad JWK set URI: " + e.getMessage());
        } catch (BadJOSEException | JOSEException e) {
            throw new OidcException(OidcException.Reason.ID_TOKEN_INVALID, "ID token refused: " + e.getMessage());
        }
    }

    /** The provider's metadata, fetched from its discovery document at first use. */
    OIDCProviderMetadata metadata() {
        OIDCProviderMetadata current = metadata;
        if (current == null) {
            synchronized (this) {
                current = metadata;
                if (current == null) {
                    try {
                        current = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
                    } catch (GeneralException | IOException e) {
                        throw new OidcException(OidcException.Reason.PROVIDER_UNAVAILABLE,
                                "cannot read the discovery document of " + settings.issuer() + ": " + e.getMessage());
                    }
                    metadata = current;
                }
            }
        }
        return current;
    }

    private String scopes() {
        String scopes = settings.scopes() == null || settings.scopes().isBlank() ? "openid profile email"
                : settings.scopes().replace(',', ' ');
        return scopes.contains("openid") ? scopes : "openid " + scopes;
    }

    private static String claimText(IDTokenClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? null : value.toString();
    }
}
