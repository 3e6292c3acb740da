package vn.motcua.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who performs a use case: the signed-in official or citizen with the roles they hold per unit, or the system itself
 * (timers, async steps). Application services check object-level permissions against it.
 */
public record Actor(Long accountId, String username, String displayName, List<Grant> grants) {

    public static final Actor SYSTEM = new Actor(null, "system", "Hệ thống", List.of());

    /** A role in a unit; {@code unitCode} is null for citizens. */
    public record Grant(Role role, String unitCode) {
    }

    public Actor {
        Objects.requireNonNull(username, "username is required");
        grants = List.copyOf(grants);
    }

    public boolean holds(Role role, String unitCode) {
        return grants.stream().anyMatch(g -> g.role() == role && Objects.equals(g.unitCode(), unitCode));
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /**
     * Lets only administrators through.
     *
     * @param what what is refused otherwise, for the message, e.g. "manage the outbox"
     * @throws AccessDeniedException when the actor is not an administrator
     */
    public void requireAdmin(String what) {
        if (!hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators " + what);
        }
    }

    public Set<String> roleNames() {
        return grants.stream().map(g -> g.role().name()).collect(Collectors.toSet());
    }
}
