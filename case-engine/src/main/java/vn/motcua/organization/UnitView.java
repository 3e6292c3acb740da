package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the public API and the admin pages show it: identity, place in the tree, validity, whether its agency
 * code is confirmed, where it came from and where its duties went.
 */
public record UnitView(String code, String name, String shortName, String level, String parentCode,
                       String parentName, LocalDate validFrom, LocalDate validTo, boolean codeVerified,
                       String address, String source, List<Link> successors, List<Link> predecessors,
                       List<Desk> desks) {

    /** Another unit linked by succession. */
    public record Link(String code, String name, LocalDate effectiveOn, String note) {
    }

    /** A reception point. */
    public record Desk(String name, String address, String phone, LocalDate validFrom, LocalDate validTo) {
    }
}
