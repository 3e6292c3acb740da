package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Partner systems' API keys: administrators issue (the secret shown once), list and revoke them; each API call with a
 * key is authenticated here. A key reads {@code mck_<prefix>_<secret>}: the prefix finds the row, the SHA-256 of the
 * whole key is compared in constant time. Keys are random 256-bit secrets, so a plain hash is enough (no slow
 * password hash is needed to resist guessing).
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Every scope a key or a token may carry, with what it opens. */
    public static final Set<String> SCOPES = Set.of("catalogue:read", "dossiers:read", "dossiers:write",
            "statistics:read", "intake");

    /** A key just issued: the secret, which is never shown again, and how it is listed. */
    public record Issued(String secret, ApiKeyView key) {
    }

    /** A key as administrators see it (never the secret). */
    public record ApiKeyView(long id, String prefix, String partnerName, List<String> scopes, Integer rateLimit,
                             boolean active, Instant createdAt, String createdBy, Instant lastUsedAt,
                             Instant revokedAt) {

        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.getId(), key.getPrefix(), key.getPartnerName(), List.copyOf(key.getScopes()),
                    key.getRateLimit(), key.isActive(), key.getCreatedAt(), key.getCreatedBy(), key.getLastUsedAt(), key.getRevokedAt());
        }
    }

    /** The partner an API call was made for: the key's prefix, partner, scopes and own rate limit (or null). */
    public record Partner(String prefix, String partnerName, Set<String> scopes, Integer rateLimit) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public ApiKeys() {
    }

    public ApiKeys(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(Actor admin, String partnerName, Set<String> scopes) {
        return issue(admin, partnerName, scopes, null);
    }

    /**
     * Issues a key for a partner with some scopes.
     *
     * @param rateLimit the key's own requests per rate-limit window, or null for the configured limit of keys
     */
    @Transactional
    public Issued issue(Actor admin, String partnerName, Set<String> scopes, Integer rateLimit) {
        admin.requireAdmin("issue API keys");
        if (rateLimit != null && (rateLimit < 1 || rateLimit > 1_000_000)) {
            throw new InvalidRequestException("Giới hạn số yêu cầu của khóa từ 1 đến 1000000, hoặc để trống");
        }
        String partner = partnerName == null ? "" : partnerName.strip();
        if (partner.isEmpty() || partner.length() > 200) {
            throw new InvalidRequestException("Nhập tên hệ thống đối tác (tối đa 200 ký tự)");
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String scope : scopes == null ? Set.<String>of() : scopes) {
            String s = scope == null ? "" : scope.strip();
            if (!SCOPES.contains(s)) {
                throw new InvalidRequestException("Phạm vi quyền không hợp lệ: \"" + s + "\"; dùng một hoặc nhiều "
                        + "trong: " + String.join(", ", SCOPES.stream().sorted().toList()));
            }
            asked.add(s);
        }
        if (asked.isEmpty()) {
            throw new InvalidRequestException("Chọn ít nhất một phạm vi quyền cho khóa API");
        }
        String prefix = random(6);
        String secret = "mck_" + prefix + "_" + random(24);
        ApiKey key = new ApiKey(prefix, sha256(secret), partner, asked, rateLimit, admin.username(),
                clock.instant());
        em.persist(key);
        em.flush();
        LOG.info(() -> "API key " + prefix + " issued for " + partner + " by " + admin.username());
        return new Issued(secret, ApiKeyView.of(key));
    }

    @Transactional
    public ApiKeyView revoke(Actor admin, long id) {
        admin.requireAdmin("revoke API keys");
        ApiKey key = Optional.ofNullable(em.find(ApiKey.class, id))
                .orElseThrow(() -> new vn.motcua.dossier.application.NotFoundException("API key " + id));
        key.revoke(admin.username(), clock.instant());
        LOG.info(() -> "API key " + key.getPrefix() + " revoked by " + admin.username());
        return ApiKeyView.of(key);
    }

    public List<ApiKeyView> list(Actor admin) {
        admin.requireAdmin("list API keys");
        return em.createQuery("select k from ApiKey k order by k.id desc", ApiKey.class).getResultList().stream()
                .map(ApiKeyView::of).toList();
    }

    /** The partner of an active key, noting its use; empty for an unknown, malformed or revoked key. */
    @Transactional
    public Optional<Partner> authenticate(String presented) {
        if (presented == null || !presented.startsWith("mck_") || presented.length() > 200) {
            return Optional.empty();
        }
        String[] parts = presented.split("_", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        List<ApiKey> found = em.createQuery("select k from ApiKey k where k.prefix = :p", ApiKey.class)
                .setParameter("p", parts[1]).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = found.get(0);
        boolean matches = MessageDigest.isEqual(key.getSecretHash().getBytes(StandardCharsets.US_ASCII),
                sha256(presented).getBytes(StandardCharsets.US_ASCII));
        if (!matches || !key.isActive()) {
            return Optional.empty();
        }
        key.usedAt(clock.instant());
        return Optional.of(new Partner(key.getPrefix(), key.getPartnerName(), key.getScopes(), key.getRateLimit()));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    static String sha256(String value) {
        return SecretTokens.sha256(value);
    }
}
