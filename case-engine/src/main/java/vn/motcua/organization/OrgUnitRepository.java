package vn.motcua.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrgUnitRepository {

    @Inject
    EntityManager em;

    /** Units of a level in force on a date, by name. */
    public List<UnitSummary> activeUnits(UnitLevel level, LocalDate day) {
        return em.createQuery("""
                        select u from OrgUnit u where u.level = :level and u.validFrom <= :day
                        and (u.validTo is null or u.validTo >= :day) order by u.name""", OrgUnit.class)
                .setParameter("level", level)
                .setParameter("day", day)
                .getResultStream()
                .map(u -> new UnitSummary(u.getCode(), u.getName(), u.getLevel().name()))
                .toList();
    }

    public Optional<OrgUnit> findByCode(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
