package vn.motcua.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.motcua.platform.time.BusinessTime;

/**
 * Reads the procedure catalogue: procedures in the version in force on a date, keyword search with or without
 * diacritics, and one procedure in full.
 */
@ApplicationScoped
public class Catalog {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public List<ProcedureSummary> proceduresInForce() {
        return inForce(BusinessTime.today(clock), List.of()).stream().map(ProcedureSummary::of)
                .sorted(Comparator.comparing(ProcedureSummary::code)).toList();
    }

    /**
     * Searches the catalogue. Every keyword must occur (diacritics and case ignored) in the code, name or field;
     * procedures whose name is the query come first, then names starting with it, then names containing it as a
     * phrase, then the rest, shorter names first.
     */
    public ResultPage<ProcedureSummary> search(CatalogQuery query) {
        LocalDate day = query.at() == null ? BusinessTime.today(clock) : query.at();
        String phrase = SearchText.fold(query.text());
        String field = SearchText.fold(query.field());
        List<ProcedureVersion> found = inForce(day, SearchText.words(query.text())).stream()
                .filter(v -> field.isEmpty() || SearchText.fold(v.getProcedure().getField()).equals(field))
                .filter(v -> query.level() == null || v.getProcedure().getCompetentLevel() == query.level())
                .filter(v -> query.onlineLevel() == null || v.getProcedure().getOnlineLevel() == query.onlineLevel())
                .sorted(Comparator.<ProcedureVersion>comparingInt(v -> rank(phrase, v.getProcedure()))
                        .thenComparingInt(v -> v.getProcedure().getName().length())
                        .thenComparing(v -> v.getProcedure().getCode()))
                .toList();
        int from = Math.min(found.size(), query.page() * query.size());
        int to = Math.min(found.size(), from + query.size());
        return new ResultPage<>(found.subList(from, to).stream().map(ProcedureSummary::of).toList(), query.page(),
                query.size(), found.size());
    }

    private static int rank(String phrase, Procedure procedure) {
        if (phrase.isEmpty()) {
            return 0;
        }
        String name = SearchText.fold(procedure.getName());
        if (procedure.getCode().equals(phrase) || name.equals(phrase)) {
            return 0;
        }
        if (name.startsWith(phrase)) {
            return 1;
        }
        return name.contains(phrase) ? 2 : 3;
    }

    private List<ProcedureVersion> inForce(LocalDate day, List<String> words) {
        StringBuilder jpql = new StringBuilder("""
                select v from ProcedureVersion v join fetch v.procedure p
                where v.validFrom <= :day and (v.validTo is null or v.validTo >= :day)""");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and p.searchText like :w").append(i);
        }
        TypedQuery<ProcedureVersion> query = em.createQuery(jpql.toString(), ProcedureVersion.class)
                .setParameter("day", day);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + escape(words.get(i)) + "%");
        }
        return query.getResultList();
    }

    private static String escape(String word) {
        return word.replace("\\", "").replace("%", "").replace("_", "");
    }

    /** The distinct fields of the catalogue's procedures, by name. */
    public List<String> fields() {
        return em.createQuery("select distinct p.field from Procedure p order by p.field", String.class)
                .getResultList();
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

    /**
     * A procedure in the version in force on a date (today when null), or empty if it has none then. Runs in a
     * transaction so the version's fees, components and steps (loaded lazily) can be read.
     */
    @Transactional
    public Optional<ProcedureDetail> detail(String procedureCode, LocalDate at) {
        LocalDate day = at == null ? BusinessTime.today(clock) : at;
        return em.createQuery("select p from Procedure p where p.code = :code", Procedure.class)
                .setParameter("code", procedureCode)
                .getResultStream()
                .findFirst()
                .flatMap(p -> p.versionOn(day).map(v -> new ProcedureDetail(p.getCode(), p.getName(), p.getField(),
                        p.getCompetentLevel().name(), p.getOnlineLevel().name(),
                        p.getChannels().stream().map(Enum::name).toList(), p.getSource(), p.getUnverified(),
                        v.toDefinition(), p.getVersions().stream()
                        .map(x -> new ProcedureDetail.VersionRef(x.getVersionNo(), x.getValidFrom().toString(),
                                x.getValidTo() == null ? null : x.getValidTo().toString())).toList())));
    }

    /** The numbers and validity of a procedure's versions, oldest first (empty for an unknown code). */
    public List<ProcedureDetail.VersionRef> versions(String procedureCode) {
        return em.createQuery("""
                        select v from ProcedureVersion v join v.procedure p where p.code = :code
                        order by v.versionNo""", ProcedureVersion.class)
                .setParameter("code", procedureCode)
                .getResultStream()
                .map(v -> new ProcedureDetail.VersionRef(v.getVersionNo(), v.getValidFrom().toString(),
                        v.getValidTo() == null ? null : v.getValidTo().toString()))
                .toList();
    }

    /** Whether a procedure exists at all (to tell "unknown code" from "not in force on that date"). */
    public boolean exists(String procedureCode) {
        return !em.createQuery("select p.id from Procedure p where p.code = :code", Long.class)
                .setParameter("code", procedureCode).setMaxResults(1).getResultList().isEmpty();
    }
}
