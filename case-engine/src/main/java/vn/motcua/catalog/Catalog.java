package vn.motcua.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.platform.time.BusinessTime;

/** Reads the procedure catalogue: procedures in their version in force on a date. */
@ApplicationScoped
public class Catalog {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<ProcedureSummary> proceduresInForce() {
        LocalDate today = BusinessTime.today(clock);
        return em.createQuery("""
                        select v from ProcedureVersion v join fetch v.procedure p
                        where v.validFrom <= :day and (v.validTo is null or v.validTo >= :day)
                        order by p.code""", ProcedureVersion.class)
                .setParameter("day", today)
                .getResultList().stream()
                .map(ProcedureSummary::of)
                .toList();
    }

    public Optional<ProcedureVersion> versionInForce(String procedureCode, LocalDate day) {
        return em.createQuery("""
                        select v from ProcedureVersion v join fetch v.procedure p
                        where p.code = :code and v.validFrom <= :day and (v.validTo is null or v.validTo >= :day)
                        order by v.versionNo desc""", ProcedureVersion.class)
                .setParameter("code", procedureCode)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<ProcedureSummary> summaryInForce(String procedureCode) {
        return versionInForce(procedureCode, BusinessTime.today(clock)).map(ProcedureSummary::of);
    }
}
