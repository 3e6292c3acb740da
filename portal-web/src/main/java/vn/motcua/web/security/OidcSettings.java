package vn.motcua.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in through an external OpenID Connect provider, from MicroProfile Config (environment variables
 * {@code MOTCUA_OIDC_ISSUER}, {@code MOTCUA_OIDC_CLIENT_ID}, {@code MOTCUA_OIDC_CLIENT_SECRET},
 * {@code MOTCUA_OIDC_REDIRECT_URI}, {@code MOTCUA_OIDC_SCOPES}, {@code MOTCUA_OIDC_PERSONAL_ID_CLAIM}). Without an
 * issuer the portal offers no such sign-in. Nothing is fetched from the provider until someone signs in.
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "motcua.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "motcua.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "motcua.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "motcua.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "motcua.oidc.scopes", defaultValue = "openid profile email")
    String scopes;

    @Inject
    @ConfigProperty(name = "motcua.oidc.personal-id-claim", defaultValue = "personal_id")
    String personalIdClaim;

    @Inject
    @ConfigProperty(name = "motcua.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    private volatile OidcClient client;

    /** Whether the sign-in page offers the external provider. */
    public boolean isConfigured() {
        return issuer.filter(s -> !s.isBlank()).isPresent();
    }

    /** The client, built at first use; empty when no provider is configured. */
    public Optional<OidcClient> client() {
        if (!isConfigured()) {
            return Optional.empty();
        }
        OidcClient current = client;
        if (current == null) {
            String id = clientId.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "MOTCUA_OIDC_CLIENT_ID (motcua.oidc.client-id) is required when MOTCUA_OIDC_ISSUER is set"));
            String base = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
            URI redirect = URI.create(redirectUri.filter(s -> !s.isBlank()).orElse(base + "/oidc/callback"));
            current = new OidcClient(new OidcClient.Settings(issuer.get().strip(), id, clientSecret.orElse(null),
                    redirect, scopes, personalIdClaim));
            client = current;
        }
        return Optional.of(current);
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer.orElse("") + ", clientId=" + clientId.orElse("")
                + ", clientSecret=[REDACTED], scopes=" + scopes + "]";
    }
}
