package vn.motcua.web.worklist;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogQuery;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.application.CounterIntake;
import vn.motcua.dossier.application.CounterIntakeRequest;
import vn.motcua.dossier.application.CounterIntakeResult;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.platform.time.BusinessTime;

/**
 * Counter intake of a paper dossier: find the procedure, choose the receiving unit, enter the applicant, scan each
 * component, tick exemptions, confirm the check of the originals, then receive (see {@link CounterIntake}).
 */
@Named
@ViewScoped
public class CounterDesk implements Serializable {

    /** The 63 pre-2025 province codes that open a 12-digit personal ID (DOMAIN.md §7.1). */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012",
            "014", "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035",
            "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058",
            "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083",
            "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

    @Inject
    transient Catalog catalog;

    @Inject
    transient CounterIntake intake;

    @Inject
    transient DocumentStore documents;

    @Inject
    transient Actor actor;

    @Inject
    transient java.time.Clock clock;

    @Inject
    transient vn.motcua.web.shared.Messages messages;

    /** A component row: what the version asks, the form received, the chosen file and, once stored, its scan. */
    public static class Paper implements Serializable {
        private int position;
        private String name;
        private String requirement;
        private PaperForm form = PaperForm.ORIGINAL;
        private transient Part file;
        private Long documentId;
        private String mediaType;
        private Integer pages;

        public int getPosition() { return position; }
        public String getName() { return name; }
        public String getRequirement() { return requirement; }
        public PaperForm getForm() { return form; }
        public void setForm(PaperForm form) { this.form = form; }
        public Part getFile() { return file; }
        public void setFile(Part file) { this.file = file; }
        public Long getDocumentId() { return documentId; }
        public String getMediaType() { return mediaType; }
        public Integer getPages() { return pages; }
    }

    /** A fee row: what is due at the counter, and the desk's exemption with its reason. */
    public static class FeeRow implements Serializable {
        private int position;
        private String description;
        private long amount;
        private boolean exempt;
        private String reason;

        public int getPosition() { return position; }
        public String getDescription() { return description; }
        public long getAmount() { return amount; }
        public boolean isExempt() { return exempt; }
        public void setExempt(boolean exempt) { this.exempt = exempt; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    private String query;
    private List<ProcedureSummary> found = List.of();
    private ProcedureDetail procedure;
    private String unitCode;
    private final Map<String, String> applicant = new HashMap<>();
    private final List<Paper> papers = new ArrayList<>();
    private final List<FeeRow> fees = new ArrayList<>();
    private boolean originalsChecked;
    private CounterIntakeResult result;

    public void search() {
        found = catalog.search(new CatalogQuery(query, null, null, null, BusinessTime.dateOf(clock.instant()), 0, 20))
                .items();
    }

    public void choose(String code) {
        procedure = catalog.detail(code, BusinessTime.dateOf(clock.instant())).orElse(null);
        papers.clear();
        fees.clear();
        result = null;
        if (procedure == null) {
            return;
        }
        var version = procedure.version();
        for (int i = 0; i < version.components().size(); i++) {
            Paper paper = new Paper();
            paper.position = i + 1;
            paper.name = version.components().get(i).name();
            paper.requirement = version.components().get(i).requirement().name();
            papers.add(paper);
        }
        for (int i = 0; i < version.fees().size(); i++) {
            FeeRow row = new FeeRow();
            row.position = i + 1;
            row.description = version.fees().get(i).description();
            row.amount = version.fees().get(i).amountFor(vn.motcua.catalog.FilingChannel.DIRECT);
            fees.add(row);
        }
        List<String> units = getUnits();
        unitCode = units.size() == 1 ? units.get(0) : unitCode;
    }

    /** Stores every chosen file as a scan and shows its type and page count. */
    public void upload() {
        for (Paper paper : papers) {
            if (paper.file == null || paper.file.getSize() == 0) {
                continue;
            }
            try (InputStream in = paper.file.getInputStream()) {
                StoredDocument scan = documents.store(actor, in, paper.file.getSubmittedFileName(),
                        paper.file.getContentType(), DocumentPurpose.SCAN);
                paper.documentId = scan.id();
                paper.mediaType = scan.mediaType();
                paper.pages = scan.pageCount() == null ? 1 : scan.pageCount();
            } catch (DocumentRefusedException e) {
                error("counterForm:upload", e.getMessage());
            } catch (IOException e) {
                error("counterForm:upload", messages.get("counter.uploadFailed", paper.name));
            }
            paper.file = null;
        }
    }

    public void receive() {
        upload();
        String id = applicant.get("personalId");
        if (id != null && id.matches("\\d{12}") && !structurallyValid(id, BusinessTime.dateOf(clock.instant()).getYear())) {
            FacesContext.getCurrentInstance().addMessage("counterForm:personalId",
                    new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get("counter.idStructure"), null));
        }
        Map<Integer, String> exemptions = new HashMap<>();
        fees.stream().filter(f -> f.exempt).forEach(f -> exemptions.put(f.position, f.reason == null ? "" : f.reason));
        try {
            result = intake.receive(actor, new CounterIntakeRequest(procedure.code(), unitCode, applicant.get("name"),
                    id, applicant.get("phone"), applicant.get("email"), applicant.get("address"),
                    papers.stream().filter(p -> p.documentId != null || "SHOWN_ONLY".equals(p.requirement))
                            .map(p -> new CounterIntakeRequest.ReceivedPaper(p.position, p.form, p.documentId))
                            .toList(), exemptions, null, originalsChecked));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("counter.received", result.dossierCode()), null));
        } catch (InvalidRequestException | NotFoundException | AccessDeniedException e) {
            error(null, e instanceof AccessDeniedException ? messages.get("counter.notDesk") : e.getMessage());
        }
    }

    /** Structure of a 12-digit personal ID: a known province, a century digit of 1900–2099 and no future birth year. */
    static boolean structurallyValid(String id, int currentYear) {
        int century = id.charAt(3) - '0';
        int year = 1900 + (century / 2) * 100 + Integer.parseInt(id.substring(4, 6));
        return PROVINCES.contains(id.substring(0, 3)) && century <= 3 && year <= currentYear;
    }

    private static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The units the official receives for at a desk. */
    public List<String> getUnits() {
        return actor.grants().stream().filter(g -> g.role() == Role.DESK_OFFICER).map(Actor.Grant::unitCode)
                .distinct().sorted().toList();
    }

    public PaperForm[] getForms() {
        return PaperForm.values();
    }

    public boolean isPartialOnline() {
        return procedure != null && "PARTIAL_ONLINE".equals(procedure.onlineLevel());
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<ProcedureSummary> getFound() { return found; }
    public ProcedureDetail getProcedure() { return procedure; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public Map<String, String> getApplicant() { return applicant; }
    public List<Paper> getPapers() { return papers; }
    public List<FeeRow> getFees() { return fees; }
    public boolean isOriginalsChecked() { return originalsChecked; }
    public void setOriginalsChecked(boolean originalsChecked) { this.originalsChecked = originalsChecked; }
    public CounterIntakeResult getResult() { return result; }
}
