package vn.motcua.audit.domain;

import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/** Who acted, as the audit trail classifies them. */
public enum ActorKind {
    OFFICIAL, CITIZEN, SYSTEM;

    /**
     * The system itself for {@link Actor#SYSTEM}; a citizen for a holder of {@link Role#CITIZEN} or of no role in any
     * unit; an official otherwise.
     */
    public static ActorKind of(Actor actor) {
        if (actor.accountId() == null && Actor.SYSTEM.username().equals(actor.username())) {
            return SYSTEM;
        }
        if (actor.hasRole(Role.CITIZEN) || actor.grants().stream().allMatch(g -> g.unitCode() == null)) {
            return CITIZEN;
        }
        return OFFICIAL;
    }
}
