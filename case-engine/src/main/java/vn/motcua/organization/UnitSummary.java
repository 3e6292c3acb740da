package vn.motcua.organization;

/** A unit as lists and forms show it. */
public record UnitSummary(String code, String name, String level) {
}
