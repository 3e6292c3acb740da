package vn.motcua.workflow;

import java.util.Objects;
import java.util.Optional;
import vn.motcua.identity.Role;

/** A candidate group of a user task names a unit and a role: {@code unit:000.30.01.H29:role:DESK_OFFICER}. */
public record CandidateGroup(String unitCode, Role role) {

    private static final String UNIT = "unit:";
    private static final String ROLE = ":role:";

    public CandidateGroup {
        Objects.requireNonNull(unitCode, "unit code is required");
        Objects.requireNonNull(role, "role is required");
    }

    public static Optional<CandidateGroup> parse(String groupId) {
        if (groupId == null || !groupId.startsWith(UNIT)) {
            return Optional.empty();
        }
        int roleAt = groupId.indexOf(ROLE);
        if (roleAt <= UNIT.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CandidateGroup(groupId.substring(UNIT.length(), roleAt),
                    Role.valueOf(groupId.substring(roleAt + ROLE.length()))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String groupId() {
        return UNIT + unitCode + ROLE + role.name();
    }
}
