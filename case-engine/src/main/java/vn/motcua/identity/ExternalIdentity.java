package vn.motcua.identity;

import java.util.Objects;

/**
 * A person as an external OpenID Connect provider vouched for them in a validated ID token.
 *
 * @param issuer     the provider
 * @param subject    the provider's stable id of the person
 * @param name       the name claim, or null
 * @param email      the e-mail claim, or null
 * @param personalId the personal ID claim (configured by name), or null
 */
public record ExternalIdentity(String issuer, String subject, String name, String email, String personalId) {

    public ExternalIdentity {
        Objects.requireNonNull(issuer, "issuer is required");
        Objects.requireNonNull(subject, "subject is required");
    }
}
