package vn.motcua.web.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies the bearer tokens of apps: OpenID Connect access tokens as signed JWTs from the configured issuer
 * ({@code motcua.api.jwt.issuer}, by default the sign-in provider {@code motcua.oidc.issuer}). The signature is
 * checked against the issuer's JWK set ({@code motcua.api.jwt.jwks-uri}, else the one its discovery document names;
 * fetched once and cached), with public-key algorithms only; the issuer must match, the token must not be expired and
 * must name its subject, and — when {@code motcua.api.jwt.audience} is set — be meant for us. The {@code scope} claim
 * (space-separated, or an {@code scp} list) gives the scopes. Without an issuer, bearer tokens are refused.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

    /** A verified token: its issuer, subject and scopes. */
    public record Verified(String issuer, String subject, Set<String> scopes) {
    }

    @Inject
    @ConfigProperty(name = "motcua.api.jwt.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "motcua.oidc.issuer")
    Optional<String> signInIssuer;

    @Inject
    @ConfigProperty(name = "motcua.api.jwt.jwks-uri")
    Optional<String> jwksUri;

    @Inject
    @ConfigProperty(name = "motcua.api.jwt.audience")
    Optional<String> audience;

    @Inject
    java.time.Clock clock;

    private volatile ConfigurableJWTProcessor<SecurityContext> processor;
    private volatile String trustedIssuer;

    public ApiTokens() {
    }

    /** Tokens of {@code issuer} checked against the keys at {@code jwks}; {@code audience} may be null. */
    public ApiTokens(String issuer, URL jwks, String audience, java.time.Clock clock) {
        this.clock = clock;
        this.trustedIssuer = issuer;
        this.processor = processor(issuer, jwks, audience);
    }

    /** Whether bearer tokens can be accepted at all (an issuer is configured). */
    public boolean isConfigured() {
        return trustedIssuer != null || issuer().isPresent();
    }

    /** The token's issuer, subject and scopes, or empty for a token that does not pass every check. */
    public Optional<Verified> verify(String token) {
        ConfigurableJWTProcessor<SecurityContext> jwt;
        try {
            jwt = processor();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Bearer tokens cannot be checked now: " + e.getMessage());
            return Optional.empty();
        }
        if (jwt == null) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet claims = jwt.process(token, null);
            return Optional.of(new Verified(claims.getIssuer(), claims.getSubject(), scopes(claims)));
        } catch (Exception e) {
            LOG.fine(() -> "Bearer token refused: " + e.getMessage());
            return Optional.empty();
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() {
        if (processor == null) {
            synchronized (this) {
                if (processor == null) {
                    Optional<String> configured = issuer();
                    if (configured.isEmpty()) {
                        return null;
                    }
                    try {
                        URL keys = jwksUri.filter(u -> !u.isBlank()).isPresent()
                                ? java.net.URI.create(jwksUri.get()).toURL()
                                : OIDCProviderMetadata.resolve(new Issuer(configured.get())).getJWKSetURI().toURL();
                        trustedIssuer = configured.get();
                        processor = processor(configured.get(), keys, audience.filter(a -> !a.isBlank())
                                .orElse(null));
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot find the JWK set of " + configured.get() + ": "
                                + e.getMessage(), e);
                    }
                }
            }
        }
        return processor;
    }

    private Optional<String> issuer() {
        return issuer.filter(i -> !i.isBlank()).or(() -> signInIssuer.filter(i -> !i.isBlank()));
    }

    private ConfigurableJWTProcessor<SecurityContext> processor(String issuer, URL jwks, String audience) {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).retrying(true).build();
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT,
                new JOSEObjectType("at+jwt"), null));
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        jwt.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience == null ? null : Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp"), null) {
            @Override
            protected java.util.Date currentTime() {
                return java.util.Date.from(clock.instant());
            }
        });
        return jwt;
    }

    private static Set<String> scopes(JWTClaimsSet claims) throws java.text.ParseException {
        Set<String> scopes = new LinkedHashSet<>();
        Object scope = claims.getClaim("scope");
        if (scope instanceof String text) {
            for (String s : text.trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    scopes.add(s);
                }
            }
        }
        List<String> scp = claims.getClaim("scp") instanceof List<?> ? claims.getStringListClaim("scp") : null;
        if (scp != null) {
            scopes.addAll(scp);
        }
        return scopes;
    }
}
