package vn.motcua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A partner system's API key. Its life: an administrator issues it for a partner with some scopes (the secret is
 * shown once and only its SHA-256 is kept), the partner's calls mark when it was last used, and an administrator
 * revokes it, after which it opens nothing. The prefix, part of the key itself, finds the row and names the key in
 * lists.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    /** How often a key's last use is written down: not at every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_prefix", nullable = false, length = 20)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "partner_name", nullable = false, length = 200)
    private String partnerName;

    @Column(nullable = false, length = 500)
    private String scopes;

    /** The key's own requests per rate-limit window; null for the configured limit. */
    @Column(name = "rate_limit")
    private Integer rateLimit;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected ApiKey() {
    }

    ApiKey(String prefix, String secretHash, String partnerName, Set<String> scopes, Integer rateLimit,
           String createdBy, Instant at) {
        this.rateLimit = rateLimit;
        this.prefix = Objects.requireNonNull(prefix, "prefix is required");
        this.secretHash = Objects.requireNonNull(secretHash, "secret hash is required");
        this.partnerName = Objects.requireNonNull(partnerName, "partner name is required");
        this.scopes = String.join(" ", scopes);
        this.active = true;
        this.createdBy = Objects.requireNonNull(createdBy, "issuer is required");
        this.createdAt = Objects.requireNonNull(at, "time is required");
    }

    void revoke(String by, Instant at) {
        if (active) {
            active = false;
            revokedBy = by;
            revokedAt = at;
        }
    }

    /** Notes a use, when the last one written down is older than a minute (returns whether it changed). */
    boolean usedAt(Instant at) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(at)) {
            lastUsedAt = at;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getPrefix() {
        return prefix;
    }

    String getSecretHash() {
        return secretHash;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public Set<String> getScopes() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public Integer getRateLimit() {
        return rateLimit;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
