package vn.motcua.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.RoutingChain;

/**
 * Which units handle a dossier, read from the effective-dated organisation tree: the levels of a routing chain on the
 * filing date, and the unit that acts for a planned unit on the day a step opens (the unit itself while it exists,
 * else the unit that succeeded it).
 */
@ApplicationScoped
public class UnitRouting {

    /** A level of a dossier's chain: the hop of the version's chain it comes from (1-based) and the planned unit. */
    public record PlannedLevel(int hop, String unitCode) {
        @Override
        public String toString() {
            return hop + ":" + unitCode;
        }

        public static PlannedLevel parse(String entry) {
            int colon = entry.indexOf(':');
            return new PlannedLevel(Integer.parseInt(entry.substring(0, colon)), entry.substring(colon + 1));
        }
    }

    @Inject
    EntityManager em;

    /**
     * The levels of a chain for a dossier received by {@code receiving} on {@code day}: the receiving unit, then each
     * later hop that exists on that day (an ancestor level the tree no longer has is skipped; a named unit that has
     * closed is replaced by its successor).
     *
     * @throws IllegalArgumentException when the receiving unit is not of the chain's first level, or a named unit has
     *                                  no unit acting for it on that day
     */
    public List<PlannedLevel> plan(RoutingChain chain, OrgUnit receiving, LocalDate day) {
        if (receiving.getLevel() != chain.receivingLevel()) {
            throw new IllegalArgumentException("unit " + receiving.getCode() + " is not a " + chain.receivingLevel()
                    + "-level unit that receives this procedure");
        }
        List<PlannedLevel> levels = new ArrayList<>();
        levels.add(new PlannedLevel(1, receiving.getCode()));
        for (RoutingChain.Hop hop : chain.hops().subList(1, chain.hops().size())) {
            if (hop.namesUnit()) {
                String acting = actingUnit(hop.unitCode(), day)
                        .orElseThrow(() -> new IllegalArgumentException("no unit acts for " + hop.unitCode() + " on " + day))
                        .getCode();
                levels.add(new PlannedLevel(hop.number(), acting));
            } else {
                ancestor(receiving, hop.level(), day).ifPresent(a -> levels.add(new PlannedLevel(hop.number(), a.getCode())));
            }
        }
        return levels;
    }

    /** The ancestor of a unit that has a level, in force on a day; empty when the tree has none then. */
    public Optional<OrgUnit> ancestor(OrgUnit unit, UnitLevel level, LocalDate day) {
        for (OrgUnit up = unit.getParent(); up != null; up = up.getParent()) {
            if (up.getLevel() == level && up.isValidOn(day)) {
                return Optional.of(up);
            }
        }
        return Optional.empty();
    }

    /**
     * The unit that acts for {@code code} on {@code day}: the unit itself while it is in force, else its successor in
     * force on that day (followed through several reorganisations; with several successors, the first by code).
     */
    public Optional<OrgUnit> actingUnit(String code, LocalDate day) {
        Optional<OrgUnit> unit = em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
        Set<Long> seen = new HashSet<>();
        while (unit.isPresent() && !unit.get().isValidOn(day) && seen.add(unit.get().getId())) {
            unit = em.createQuery("""
                            select s.successor from UnitSuccession s where s.predecessor = :unit
                            and s.effectiveOn <= :day order by s.successor.code""", OrgUnit.class)
                    .setParameter("unit", unit.get()).setParameter("day", day).setMaxResults(1)
                    .getResultStream().findFirst();
        }
        return unit.filter(u -> u.isValidOn(day));
    }
}
