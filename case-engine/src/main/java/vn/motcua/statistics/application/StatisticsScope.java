package vn.motcua.statistics.application;

/**
 * What a supervisor looks at: a unit's subtree (the province when the unit is its root), optionally narrowed to one
 * level, field or procedure. Build it with {@link SupervisionQueries#scopeFor}, which refuses a unit outside the
 * supervisor's own subtree.
 *
 * @param unitCode      root of the subtree (never null once resolved)
 * @param level         a {@code UnitLevel} name, or null for every level
 * @param field         a procedure field name, or null for every field
 * @param procedureCode a procedure code, or null for every procedure
 */
public record StatisticsScope(String unitCode, String level, String field, String procedureCode) {
}
