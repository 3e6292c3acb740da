package vn.motcua.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.catalog.exchange.CatalogueCsv;
import vn.motcua.catalog.exchange.CatalogueJson;
import vn.motcua.catalog.exchange.ImportProblem;
import vn.motcua.catalog.exchange.ParsedCatalogue;
import vn.motcua.catalog.exchange.ParsedProcedure;
import vn.motcua.identity.Actor;
import vn.motcua.workflow.ProcessContract;

/**
 * Changes the catalogue: imports a file, saves an administrator's edit of a procedure, publishes a new version,
 * exports. Every change is one transaction, checked against {@link CatalogueRules} first and audited; a rejected
 * file or edit stores nothing. A version that dossiers were filed under keeps its terms (time limits, fees, routing);
 * only its texts, components and the end of its validity may change.
 */
@ApplicationScoped
public class CatalogAdministration {

    public static final String AUDIT_OBJECT = "CATALOGUE";

    private final CatalogueRules rules = new CatalogueRules(ProcessContract.Steps.OF_MODEL);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public CatalogueRules rules() {
        return rules;
    }

    /**
     * Imports a whole file: all of it or nothing.
     *
     * @throws CatalogueImportRejected naming every bad line or element and why
     */
    @Transactional
    public ImportReport importFile(Actor actor, byte[] content, ExchangeFormat format) {
        ParsedCatalogue parsed = format == ExchangeFormat.JSON
                ? CatalogueJson.read(new ByteArrayInputStream(content))
                : CatalogueCsv.read(new ByteArrayInputStream(content));
        List<ImportProblem> problems = new ArrayList<>(parsed.problems());
        Set<String> codes = new HashSet<>();
        for (ParsedProcedure p : parsed.procedures()) {
            String code = p.definition().code();
            if (code != null && !codes.add(code)) {
                problems.add(new ImportProblem(p.locate(""), "Thủ tục " + code + " xuất hiện hai lần trong tệp"));
            }
        }
        if (!problems.isEmpty()) {
            // Report the broken rules of what could be read as well, so one pass shows every problem of the file.
            Set<String> located = new HashSet<>();
            problems.forEach(p -> located.add(p.location()));
            for (ParsedProcedure p : parsed.procedures()) {
                for (CatalogueRules.Violation v : rules.check(p.definition())) {
                    if (!located.contains(p.locate(v.where()))) {
                        problems.add(new ImportProblem(p.locate(v.where()), v.message()));
                    }
                }
            }
            throw new CatalogueImportRejected(problems);
        }
        ImportReport report = merge(parsed.procedures());
        long total = em.createQuery("select count(p) from Procedure p", Long.class).getSingleResult();
        report = new ImportReport(report.added(), report.changed(), report.unchanged(),
                (int) (total - report.added() - report.changed() - report.unchanged()), report.changes());
        record(actor, format, content, report);
        return report;
    }

    /** Saves one procedure as an administrator edited it (same rules as an import). */
    @Transactional
    public ImportReport save(Actor actor, ProcedureDefinition definition) {
        ImportReport report = merge(List.of(new ParsedProcedure(definition, Map.of("", "thủ tục "
                + definition.code()))));
        if (!report.changedNothing()) {
            audit.record(actor, new AuditedChange("PROCEDURE_SAVED", AUDIT_OBJECT, definition.code(), null, null,
                    String.join("; ", report.changes()), null));
        }
        return report;
    }

    /**
     * Publishes a new version from a date: the version in force the day before ends then, and dossiers filed under
     * it keep it.
     */
    @Transactional
    public ImportReport publish(Actor actor, String procedureCode, VersionDefinition draft, LocalDate from) {
        Procedure procedure = find(procedureCode).orElseThrow(() -> new CatalogueImportRejected(List.of(
                new ImportProblem("thủ tục " + procedureCode, "Không có thủ tục này"))));
        ProcedureDefinition current = procedure.toDefinition();
        int number = current.versions().stream().mapToInt(VersionDefinition::version).max().orElse(0) + 1;
        List<VersionDefinition> versions = new ArrayList<>();
        for (VersionDefinition v : current.versions()) {
            boolean openAtStart = v.validTo() == null || !v.validTo().isBefore(from);
            versions.add(!v.validFrom().isBefore(from) || !openAtStart ? v : v.closedOn(from.minusDays(1)));
        }
        versions.add(draft.renumbered(number, from));
        ImportReport report = merge(List.of(new ParsedProcedure(current.withVersions(versions),
                Map.of("", "thủ tục " + procedureCode, "versions[" + (versions.size() - 1) + "]",
                        "phiên bản mới"))));
        audit.record(actor, new AuditedChange("VERSION_PUBLISHED", AUDIT_OBJECT, procedureCode, null, null,
                "phiên bản " + number + " từ " + from, null));
        return report;
    }

    /** Every procedure with all its versions, as the exchange format carries them (no template files). */
    @Transactional
    public List<ProcedureDefinition> definitions() {
        return em.createQuery("select distinct p from Procedure p left join fetch p.versions order by p.code",
                        Procedure.class)
                .getResultList().stream().map(p -> p.toDefinition().withoutTemplateFiles()).toList();
    }

    /**
     * Attaches a stored file (already checked by the document store) as the template of a component, so the
     * procedure page offers it for download.
     */
    @Transactional
    public void attachTemplate(Actor admin, String procedureCode, int versionNo, int position, long documentId) {
        admin.requireAdmin("attach form templates");
        Procedure procedure = find(procedureCode).orElseThrow(() -> new CatalogueImportRejected(List.of(
                new ImportProblem("thủ tục " + procedureCode, "Không có thủ tục này"))));
        ProcedureVersion version = procedure.version(versionNo).orElseThrow(() -> new CatalogueImportRejected(
                List.of(new ImportProblem("thủ tục " + procedureCode, "Không có phiên bản " + versionNo))));
        if (position < 1 || position > version.getComponents().size()) {
            throw new CatalogueImportRejected(List.of(new ImportProblem("thủ tục " + procedureCode,
                    "Phiên bản " + versionNo + " không có thành phần hồ sơ số " + position)));
        }
        version.attachTemplate(position, documentId);
        audit.record(admin, new AuditedChange("TEMPLATE_ATTACHED", AUDIT_OBJECT, procedureCode, null, null,
                "phiên bản " + versionNo + ", thành phần " + position + ": tài liệu " + documentId, null));
    }

    /** The stored file of a component's template, if one is attached. */
    @Transactional
    public Optional<Long> templateDocument(String procedureCode, int versionNo, int position) {
        return find(procedureCode).flatMap(p -> p.version(versionNo))
                .filter(v -> position >= 1 && position <= v.getComponents().size())
                .map(v -> v.getComponents().get(position - 1).templateDocumentId());
    }

    /** One procedure with all its versions, for the administrator's edit form. */
    @Transactional
    public Optional<ProcedureDefinition> definition(String code) {
        return find(code).map(Procedure::toDefinition);
    }

    @Transactional
    public byte[] export(ExchangeFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == ExchangeFormat.JSON) {
            CatalogueJson.write(definitions(), out);
        } else {
            CatalogueCsv.write(definitions(), out);
        }
        return out.toByteArray();
    }

    /** Recomputes the search text of procedures written without it (rows added by SQL). */
    @Transactional
    public int reindex() {
        List<Procedure> stale = em.createQuery("select p from Procedure p where p.searchText = ''", Procedure.class)
                .getResultList();
        stale.forEach(Procedure::reindex);
        return stale.size();
    }

    private ImportReport merge(List<ParsedProcedure> incoming) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<ParsedProcedure, ProcedureDefinition> merged = new LinkedHashMap<>();
        Map<String, Procedure> existing = new LinkedHashMap<>();
        for (ParsedProcedure parsed : incoming) {
            ProcedureDefinition def = parsed.definition();
            Optional<Procedure> stored = def.code() == null ? Optional.empty() : find(def.code());
            ProcedureDefinition target = stored.map(p -> withStoredVersions(def, p.toDefinition())).orElse(def);
            stored.ifPresent(p -> existing.put(def.code(), p));
            merged.put(parsed, target);
            for (CatalogueRules.Violation v : rules.check(target)) {
                problems.add(new ImportProblem(parsed.locate(v.where()), v.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueImportRejected(problems);
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        List<String> changes = new ArrayList<>();
        for (Map.Entry<ParsedProcedure, ProcedureDefinition> entry : merged.entrySet()) {
            ProcedureDefinition target = entry.getValue();
            Procedure stored = existing.get(target.code());
            if (stored == null) {
                Procedure procedure = Procedure.of(target);
                em.persist(procedure);
                for (VersionDefinition v : target.versions()) {
                    ProcedureVersion version = ProcedureVersion.of(procedure, v);
                    procedure.add(version);
                    em.persist(version);
                }
                added++;
                changes.add(target.code() + ": thêm mới (" + target.versions().size() + " phiên bản)");
                continue;
            }
            ProcedureDefinition before = stored.toDefinition();
            if (before.withoutTemplateFiles().equals(target.withoutTemplateFiles())) {
                unchanged++;
                continue;
            }
            List<String> what = new ArrayList<>(differences(before, target, Set.of("versions")));
            if (!what.isEmpty()) {
                stored.apply(target);
                what = new ArrayList<>(List.of("thông tin chung (" + String.join(", ", what) + ")"));
            }
            for (VersionDefinition v : target.versions()) {
                Optional<ProcedureVersion> old = stored.version(v.version());
                if (old.isEmpty()) {
                    ProcedureVersion version = ProcedureVersion.of(stored, v);
                    stored.add(version);
                    em.persist(version);
                    what.add("thêm phiên bản " + v.version());
                } else if (!old.get().toDefinition().withoutTemplateFiles().equals(v.withoutTemplateFiles())) {
                    VersionDefinition was = old.get().toDefinition();
                    if (!was.keepsDossierTermsOf(v) && hasDossiers(old.get())) {
                        problems.add(new ImportProblem(entry.getKey().locate("versions"), "Phiên bản " + v.version()
                                + " của thủ tục " + target.code() + " đã có hồ sơ nộp theo; không được sửa thời hạn, "
                                + "phí, lệ phí, quy trình hay ngày hiệu lực của nó. Hãy công bố phiên bản mới."));
                        continue;
                    }
                    old.get().apply(v);
                    what.add("sửa phiên bản " + v.version() + " (" + String.join(", ", differences(was.withoutTemplateFiles(),
                            v.withoutTemplateFiles(), Set.of()))
                            + ")");
                }
            }
            changed++;
            changes.add(target.code() + ": " + String.join("; ", what));
        }
        if (!problems.isEmpty()) {
            throw new CatalogueImportRejected(problems);
        }
        em.flush();
        return new ImportReport(added, changed, unchanged, 0, changes);
    }

    /** The incoming definition plus the stored versions it does not mention (those stay as they are). */
    private static ProcedureDefinition withStoredVersions(ProcedureDefinition incoming, ProcedureDefinition stored) {
        Set<Integer> numbers = new HashSet<>();
        incoming.versions().forEach(v -> numbers.add(v.version()));
        List<VersionDefinition> versions = new ArrayList<>(incoming.versions());
        stored.versions().stream().filter(v -> !numbers.contains(v.version())).forEach(versions::add);
        versions.sort(Comparator.comparingInt(VersionDefinition::version));
        return incoming.withVersions(versions);
    }

    private boolean hasDossiers(ProcedureVersion version) {
        Number count = (Number) em.createNativeQuery("select count(*) from dossier where procedure_version_id = ?1")
                .setParameter(1, version.getId())
                .getSingleResult();
        return count.longValue() > 0;
    }

    /** Names of the record components that differ, e.g. [fees, steps]. */
    static List<String> differences(Record a, Record b, Set<String> ignored) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (ignored.contains(component.getName())) {
                continue;
            }
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!java.util.Objects.equals(x, y)) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot compare " + component.getName(), e);
            }
        }
        return names;
    }

    private Optional<Procedure> find(String code) {
        return em.createQuery("select p from Procedure p where p.code = :code", Procedure.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Whether a file with exactly this content was imported before. */
    @Transactional
    public boolean importedBefore(byte[] content) {
        return !em.createNativeQuery("select id from catalogue_import where file_sha256 = ?1")
                .setParameter(1, sha256(content)).setMaxResults(1).getResultList().isEmpty();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(Actor actor, ExchangeFormat format, byte[] content, ImportReport report) {
        String sha256 = sha256(content);
        String text = report.summary() + (report.changes().isEmpty() ? "" : "\n" + String.join("\n", report.changes()));
        em.createNativeQuery("""
                        insert into catalogue_import (imported_at, imported_by, file_format, file_sha256, added, changed,
                                                      unchanged, report)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, clock.instant())
                .setParameter(2, actor.username())
                .setParameter(3, format.name())
                .setParameter(4, sha256)
                .setParameter(5, report.added())
                .setParameter(6, report.changed())
                .setParameter(7, report.unchanged())
                .setParameter(8, text)
                .executeUpdate();
        if (!report.changedNothing()) {
            audit.record(actor, new AuditedChange("CATALOGUE_IMPORTED", AUDIT_OBJECT, sha256.substring(0, 16), null,
                    null, report.summary(), null));
        }
    }
}
