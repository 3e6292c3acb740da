package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.Actor;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitSummary;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.web.shared.Messages;

/**
 * The online filing form of a procedure (the walking skeleton's birth registration fields): receiving unit,
 * applicant and the procedure's own fields. Submitting files the dossier and opens its page.
 */
@Named
@ViewScoped
public class FileDossier implements Serializable {

    /**
     * The declaration fields of the demo procedures, in form order: birth registration (TT 04/2024/TT-BTP),
     * marriage registration, the building permit application and the allowance for a martyr's relatives (routed
     * across levels). Declaration forms become catalogue data with the
     * procedure components.
     */
    static final Map<String, List<String>> DECLARATION_FIELDS = Map.of(
            "1.001193", List.of("childName", "childBirthDate", "childSex", "childBirthPlace", "motherName",
                    "fatherName"),
            "1.000894", List.of("spouseName", "spouseBirthDate", "spousePersonalId", "residence"),
            "1.013225", List.of("plotAddress", "landUseCertificate", "floorArea", "floors"),
            "1.010801", List.of("martyrName", "martyrCertificate", "relationship"));

    @Inject
    transient Catalog catalog;

    @Inject
    transient OrgUnitRepository units;

    @Inject
    transient DossierFiling filing;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private String procedureCode;
    private ProcedureSummary procedure;
    private List<UnitSummary> receivingUnits = List.of();
    private String receivingUnitCode;
    private String applicantName;
    private String applicantPersonalId;
    private String applicantPhone;
    private String applicantEmail;
    private final Map<String, String> fields = new LinkedHashMap<>();

    public void load() {
        procedure = procedureCode == null ? null : catalog.summaryInForce(procedureCode).orElse(null);
        if (procedure == null) {
            return;
        }
        receivingUnits = units.activeUnits(UnitLevel.valueOf(procedure.receivingLevel()), BusinessTime.today(clock));
        if (applicantName == null) {
            applicantName = actor.displayName();
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            DossierCode code = filing.fileOnline(actor, new FilingRequest(procedureCode, receivingUnitCode,
                    applicantName, applicantPersonalId, applicantPhone, applicantEmail, fields));
            faces.getExternalContext().getFlash().put("filed", Boolean.TRUE);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/citizen/dossier.xhtml?code=" + code.value());
        } catch (IllegalArgumentException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("filing.rejected"),
                    null));
        }
    }

    public List<String> getDeclarationFields() {
        return DECLARATION_FIELDS.getOrDefault(procedureCode, List.of());
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public ProcedureSummary getProcedure() {
        return procedure;
    }

    public List<UnitSummary> getReceivingUnits() {
        return receivingUnits;
    }

    public String getReceivingUnitCode() {
        return receivingUnitCode;
    }

    public void setReceivingUnitCode(String receivingUnitCode) {
        this.receivingUnitCode = receivingUnitCode;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantPersonalId() {
        return applicantPersonalId;
    }

    public void setApplicantPersonalId(String applicantPersonalId) {
        this.applicantPersonalId = applicantPersonalId;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public Map<String, String> getFields() {
        return fields;
    }
}
