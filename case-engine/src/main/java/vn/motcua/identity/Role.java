package vn.motcua.identity;

/** Roles of the portal. Officials hold them per organisation unit; citizens hold {@link #CITIZEN} without a unit. */
public enum Role {
    CITIZEN, DESK_OFFICER, SPECIALIST, UNIT_HEAD, LEADER, CLERK, SUPERVISOR, ADMIN
}
