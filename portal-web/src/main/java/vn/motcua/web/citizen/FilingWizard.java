package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Requirement;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.dossier.application.ComponentUploads;
import vn.motcua.dossier.application.FilingDrafts;
import vn.motcua.dossier.application.FilingForms;
import vn.motcua.dossier.application.FilingRefusedException;
import vn.motcua.dossier.application.IdempotentFiling;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.web.shared.Messages;

/**
 * The guided online filing form (GOV.UK's pattern: one group of questions per page, a check-answers page, then
 * submit). Steps: 1 receiving unit and applicant, 2 the declaration, 3 the components (upload or reuse), 4 the way of
 * returning the result, 5 the fees, 6 check answers. Every "Tiếp tục" saves the draft and opens the next step at its
 * own address ({@code file.xhtml?draft=…&step=…}), so the browser's back button, a reload or a later visit resume
 * it. Submitting uses the draft as its idempotency key: a double click or a retry lands on the same dossier.
 */
@Named
@ViewScoped
public class FilingWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int UNIT_AND_APPLICANT = 1;
    public static final int DECLARATION = 2;
    public static final int COMPONENTS = 3;
    public static final int DELIVERY = 4;
    public static final int FEES = 5;
    public static final int CHECK = 6;
    public static final int STEPS = 6;

    /** A component as the form shows it, with what is chosen for it and the file being uploaded. */
    public static class ComponentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int position;
        private final String name;
        private final String requirement;
        private final List<String> types;
        private final int maxSizeKb;
        private final int minPages;
        private final Integer maxPages;
        private final int originals;
        private final int copies;
        private final Long templateDocumentId;
        private transient Part file;
        private Long reuse;
        private String error;

        ComponentRow(int position, Component c) {
            this.position = position;
            this.name = c.name();
            this.requirement = c.requirement().name();
            this.types = List.copyOf(c.acceptedTypeList());
            this.maxSizeKb = c.maxSizeKb();
            this.minPages = c.minPages();
            this.maxPages = c.maxPages();
            this.originals = c.originals();
            this.copies = c.copies();
            this.templateDocumentId = c.templateDocumentId();
        }

        public int getPosition() {
            return position;
        }

        public String getName() {
            return name;
        }

        public String getRequirement() {
            return requirement;
        }

        public boolean isRequired() {
            return Requirement.REQUIRED.name().equals(requirement);
        }

        public boolean isUploadable() {
            return !Requirement.SHOWN_ONLY.name().equals(requirement);
        }

        public List<String> getTypes() {
            return types;
        }

        public int getMaxSizeKb() {
            return maxSizeKb;
        }

        public int getMinPages() {
            return minPages;
        }

        public Integer getMaxPages() {
            return maxPages;
        }

        public int getOriginals() {
            return originals;
        }

        public int getCopies() {
            return copies;
        }

        public Long getTemplateDocumentId() {
            return templateDocumentId;
        }

        public Part getFile() {
            return file;
        }

        public void setFile(Part file) {
            this.file = file;
        }

        public Long getReuse() {
            return reuse;
        }

        public void setReuse(Long reuse) {
            this.reuse = reuse;
        }

        public String getError() {
            return error;
        }
    }

    /** One fee as the applicant pays it online. */
    public record FeeRow(String kind, String description, long amount, Long onlineAmount, long payable,
                         String exemption) implements Serializable {
    }

    /** A receiving unit to choose. */
    public record UnitRow(String code, String name) implements Serializable {
    }

    /** A document of the citizen's own store to reuse. */
    public record OwnFile(long id, String label) implements Serializable {
    }

    @Inject
    transient OrgUnitRepository units;

    @Inject
    transient FilingDrafts drafts;

    @Inject
    transient ComponentUploads uploads;

    @Inject
    transient IdempotentFiling filing;

    @Inject
    transient Actor actor;

    @Inject
    transient vn.motcua.identity.CitizenProfiles profiles;

    @Inject
    transient vn.motcua.identity.Authorisations authorisations;

    private java.util.List<vn.motcua.identity.AuthorisationView> myAuthorisations;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private String procedureCode;
    private Long draftId;
    private Integer step;
    private int stepReached = 1;
    private boolean loaded;
    private String procedureName;
    private String onlineLevel;
    private List<UnitRow> receivingUnits = List.of();
    private List<String> declarationFields = List.of();
    private List<ComponentRow> components = List.of();
    private List<FeeRow> fees = List.of();
    private List<OwnFile> ownFiles = List.of();
    private FilingAnswers answers = new FilingAnswers();
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Opens the step asked for: a new filing from a procedure, or a draft at a step it has reached. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (draftId != null) {
                FilingDrafts.DraftView draft = drafts.get(actor, draftId);
                procedureCode = draft.procedureCode();
                answers = FilingAnswers.of(draft.answers(), draft.components());
                stepReached = draft.stepReached();
            }
        } catch (NotFoundException | AccessDeniedException e) {
            var filed = draftId == null ? java.util.Optional.<String>empty() : filing.filedUnder(actor, submitKey());
            if (filed.isPresent()) {
                // the draft was submitted: a reload or the back button after submitting shows its confirmation
                try {
                    FacesContext faces = FacesContext.getCurrentInstance();
                    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                            + "/citizen/confirmation.xhtml?code=" + filed.get());
                } catch (IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
            }
            draftId = null;
            procedureCode = null;
            return;
        }
        if (procedureCode == null) {
            return;
        }
        ComponentUploads.FilingForm form = uploads.form(procedureCode).orElse(null);
        if (form == null) {
            procedureName = null;
            return;
        }
        procedureName = form.name();
        onlineLevel = form.onlineLevel().name();
        receivingUnits = units.activeUnits(form.receivingLevel(), BusinessTime.today(clock)).stream()
                .map(u -> new UnitRow(u.code(), u.name())).toList();
        declarationFields = FilingForms.declarationFields(procedureCode);
        List<ComponentRow> rows = new ArrayList<>();
        for (int i = 0; i < form.components().size(); i++) {
            rows.add(new ComponentRow(i + 1, form.components().get(i)));
        }
        components = rows;
        List<FeeRow> lines = new ArrayList<>();
        for (Fee fee : form.fees()) {
            lines.add(new FeeRow(fee.kind().name(), fee.description(), fee.amount(), fee.onlineAmount(),
                    fee.amountFor(FilingChannel.ONLINE), fee.exemption()));
        }
        fees = lines;
        ownFiles = uploads.mine(actor).stream().map(d -> new OwnFile(d.id(), d.name() + " ("
                + (d.pageCount() == null ? "1" : d.pageCount()) + " " + messages.get("filing.pages") + ")")).toList();
        if (draftId == null) {
            prefillApplicant();
        }
        if (answers.returnMethod == null) {
            answers.returnMethod = getReturnMethods().get(0);
        }
        if (step == null || step < 1 || step > stepReached) {
            step = stepReached;
        }
    }

    /**
     * Fills in the applicant from the signed-in citizen's profile (name, personal ID, phone, e-mail); the citizen
     * can still change each answer for this dossier.
     */
    void prefillApplicant() {
        var profile = profiles.of(actor);
        if (answers.applicantName == null) {
            answers.applicantName = profile.map(vn.motcua.identity.CitizenProfile::name).orElse(actor.displayName());
        }
        profile.ifPresent(p -> {
            if (answers.applicantPersonalId == null) {
                answers.applicantPersonalId = p.personalId();
            }
            if (answers.applicantPhone == null) {
                answers.applicantPhone = p.phone();
            }
            if (answers.applicantEmail == null) {
                answers.applicantEmail = p.email();
            }
        });
    }

    /** Saves the current step's answers and opens the next step. */
    public String next() {
        errors.clear();
        int current = step == null ? 1 : step;
        switch (current) {
            case UNIT_AND_APPLICANT -> checkApplicant();
            case DECLARATION -> checkDeclaration();
            case COMPONENTS -> takeFiles(true);
            case DELIVERY -> checkDelivery();
            default -> {
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return save(Math.min(current + 1, STEPS));
    }

    /** Uploads the files chosen on the components step and stays there. */
    public String uploadFiles() {
        errors.clear();
        takeFiles(false);
        return errors.isEmpty() ? save(COMPONENTS) : null;
    }

    /** Removes the file chosen for a component. */
    public String removeFile(int position) {
        answers.components.remove(position);
        return save(COMPONENTS);
    }

    /** Files the dossier (the check-answers page); the draft is the idempotency key. */
    public String submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (draftId == null) {
            return null;
        }
        var filed = filing.filedUnder(actor, submitKey());
        if (filed.isPresent()) {
            return "/citizen/confirmation?faces-redirect=true&code=" + filed.get();
        }
        try {
            IdempotentFiling.Outcome outcome = filing.submit(actor, submitKey(),
                    answers.request(procedureCode), draftId);
            return "/citizen/confirmation?faces-redirect=true&code=" + outcome.dossierCode();
        } catch (FilingRefusedException e) {
            e.problems().forEach((key, message) -> errors.put(pageKey(key), message));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("filing.refused"), null));
        } catch (IdempotentFiling.InFlightException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("filing.inFlight"), null));
        } catch (IdempotentFiling.KeyReusedException e) {
            // the answers changed after a submit that went through: the dossier under this draft is already filed
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("filing.alreadyFiled"),
                    null));
        } catch (InvalidRequestException | IllegalArgumentException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("filing.rejected"),
                    null));
        }
        return null;
    }

    /** The idempotency key of the submit: the draft, so a double click or a retry files one dossier. */
    private String submitKey() {
        return "draft-" + draftId;
    }

    private String save(int nextStep) {
        if (draftId == null) {
            draftId = drafts.start(actor, procedureCode).id();
        }
        stepReached = drafts.save(actor, draftId, answers.answersJson(), answers.componentsJson(), nextStep)
                .stepReached();
        return "/citizen/file?faces-redirect=true&draft=" + draftId + "&step=" + nextStep;
    }

    private void checkApplicant() {
        if (blank(answers.receivingUnitCode) || receivingUnits.stream()
                .noneMatch(u -> u.code().equals(answers.receivingUnitCode))) {
            errors.put("unit", messages.get("filing.unitRequired"));
        }
        if (blank(answers.applicantName)) {
            errors.put("applicantName", messages.get("filing.applicantNameRequired"));
        }
        String id = strip(answers.applicantPersonalId);
        if (id == null) {
            errors.put("personalId", messages.get("filing.personalIdRequired"));
        } else if (!id.matches("\\d{12}|\\d{9}")) {
            errors.put("personalId", messages.get("filing.personalIdInvalid"));
        }
        String phone = strip(answers.applicantPhone == null ? null : answers.applicantPhone.replace(" ", ""));
        if (phone == null) {
            errors.put("phone", messages.get("filing.phoneRequired"));
        } else if (!phone.matches("\\+?\\d{9,15}")) {
            errors.put("phone", messages.get("filing.phoneInvalid"));
        }
        if (!blank(answers.applicantEmail) && !answers.applicantEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", messages.get("filing.emailInvalid"));
        }
        if (answers.onBehalf && blank(answers.onBehalfName) && blank(answers.onBehalfAuthorisation)) {
            errors.put("onBehalfName", messages.get("filing.onBehalfNameRequired"));
        }
    }

    private void checkDeclaration() {
        for (String field : declarationFields) {
            if (blank(answers.fields.get(field))) {
                errors.put("field-" + field, messages.get("filing.fieldMissing", messages.get("field." + field)));
            }
        }
    }

    /** Stores each file given, applies each reuse chosen and, when going on, checks every required component. */
    private void takeFiles(boolean goingOn) {
        for (ComponentRow row : components) {
            String key = "component-" + row.position;
            row.error = null;
            Part part = row.file;
            if (part != null && part.getSize() >= 0 && part.getSubmittedFileName() != null
                    && !part.getSubmittedFileName().isBlank()) {
                try (InputStream content = part.getInputStream()) {
                    StoredDocument stored = uploads.upload(actor, procedureCode, row.position, content,
                            part.getSubmittedFileName(), part.getContentType());
                    answers.components.put(row.position, new FilingAnswers.ChosenFile(stored.id(),
                            stored.originalName(), "UPLOAD"));
                } catch (DocumentRefusedException e) {
                    row.error = e.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
                    errors.put(key, row.error);
                } catch (IOException e) {
                    row.error = messages.get("filing.uploadFailed");
                    errors.put(key, row.error);
                }
                row.file = null;
            } else if (row.reuse != null) {
                String problem = uploads.problemWith(actor, procedureCode, row.position, row.reuse);
                if (problem == null) {
                    String label = ownFiles.stream().filter(f -> f.id() == row.reuse).map(OwnFile::label).findFirst()
                            .orElse(String.valueOf(row.reuse));
                    answers.components.put(row.position, new FilingAnswers.ChosenFile(row.reuse, label, "REUSE"));
                } else {
                    row.error = problem;
                    errors.put(key, problem);
                }
                row.reuse = null;
            }
            if (goingOn && row.error == null && row.isRequired() && !answers.components.containsKey(row.position)) {
                row.error = messages.get("filing.componentRequired", row.name);
                errors.put(key, row.error);
            }
        }
    }

    private void checkDelivery() {
        if (answers.returnMethod == null || !getReturnMethods().contains(answers.returnMethod)) {
            errors.put("returnMethod", messages.get("filing.returnMethodRequired"));
        } else if (ReturnMethod.BY_POST.name().equals(answers.returnMethod) && blank(answers.postalAddress)) {
            errors.put("postalAddress", messages.get("filing.postalAddressRequired"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    // --- what the pages read -------------------------------------------------------------------------------------

    /** The person filed for, with the relationship when given. */
    public String getOnBehalfSummary() {
        String name = answers.onBehalfName == null ? "" : answers.onBehalfName;
        return blank(answers.onBehalfRelationship) ? name : name + " (" + answers.onBehalfRelationship.strip() + ")";
    }

    public boolean isAvailable() {
        return procedureName != null;
    }

    public int getStepNumber() {
        return step == null ? 1 : step;
    }

    public int getSteps() {
        return STEPS;
    }

    public List<String> getReturnMethods() {
        return onlineLevel == null ? List.of() : FilingForms.returnMethods(OnlineLevel.valueOf(onlineLevel)).stream()
                .map(Enum::name).toList();
    }

    public boolean isPartialOnline() {
        return OnlineLevel.PARTIAL_ONLINE.name().equals(onlineLevel);
    }

    public long getFeesTotal() {
        return fees.stream().mapToLong(FeeRow::payable).sum();
    }

    public String getUnitName() {
        return receivingUnits.stream().filter(u -> u.code().equals(answers.receivingUnitCode)).map(UnitRow::name)
                .findFirst().orElse(answers.receivingUnitCode);
    }

    public FilingAnswers.ChosenFile chosen(int position) {
        return answers.components.get(position);
    }

    public String error(String key) {
        return errors.get(key);
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isHasErrors() {
        return !errors.isEmpty();
    }

    /** An error of the summary at the top of a step, with the link to its answer (on this step or another). */
    public record ErrorLink(String href, String message) {
    }

    public List<ErrorLink> getErrorList() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return errors.entrySet().stream().map(e -> {
            int at = stepOf(e.getKey());
            return new ErrorLink(at == getStepNumber() ? "#" + e.getKey()
                    : context + "/citizen/file.xhtml?draft=" + draftId + "&step=" + at + "#" + e.getKey(), e.getValue());
        }).toList();
    }

    /** The form's name of an answer the filing refused (the API's names: applicantPhone, components[2]...). */
    static String pageKey(String key) {
        if (key.startsWith("components[")) {
            return "component-" + key.substring("components[".length(), key.length() - 1);
        }
        if (key.startsWith("fields.")) {
            return "field-" + key.substring("fields.".length());
        }
        return switch (key) {
            case "receivingUnitCode" -> "unit";
            case "applicantPersonalId" -> "personalId";
            case "applicantPhone" -> "phone";
            case "applicantEmail" -> "email";
            case "onBehalfOf.name" -> "onBehalfName";
            case "onBehalfOf.authorisation" -> "onBehalfAuthorisation";
            default -> key;
        };
    }

    /** The step that asks for an answer. */
    static int stepOf(String pageKey) {
        if (pageKey.startsWith("component-")) {
            return COMPONENTS;
        }
        if (pageKey.startsWith("field-")) {
            return DECLARATION;
        }
        return switch (pageKey) {
            case "returnMethod", "postalAddress" -> DELIVERY;
            case "unit", "applicantName", "personalId", "phone", "email", "onBehalfName", "onBehalfAuthorisation"
                    -> UNIT_AND_APPLICANT;
            default -> CHECK;
        };
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public Long getDraftId() {
        return draftId;
    }

    public void setDraftId(Long draftId) {
        this.draftId = draftId;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public String getProcedureName() {
        return procedureName;
    }

    public List<UnitRow> getReceivingUnits() {
        return receivingUnits;
    }

    public List<String> getDeclarationFields() {
        return declarationFields;
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public List<FeeRow> getFees() {
        return fees;
    }

    public List<OwnFile> getOwnFiles() {
        return ownFiles;
    }

    public Map<String, String> getFields() {
        return answers.fields;
    }

    public String getReceivingUnitCode() {
        return answers.receivingUnitCode;
    }

    public void setReceivingUnitCode(String value) {
        answers.receivingUnitCode = value;
    }

    public String getApplicantName() {
        return answers.applicantName;
    }

    public void setApplicantName(String value) {
        answers.applicantName = value;
    }

    public String getApplicantPersonalId() {
        return answers.applicantPersonalId;
    }

    public void setApplicantPersonalId(String value) {
        answers.applicantPersonalId = value;
    }

    public String getApplicantPhone() {
        return answers.applicantPhone;
    }

    public void setApplicantPhone(String value) {
        answers.applicantPhone = value;
    }

    public String getApplicantEmail() {
        return answers.applicantEmail;
    }

    public void setApplicantEmail(String value) {
        answers.applicantEmail = value;
    }

    /** The applicant's authorisations to choose from when filing for someone else (read once per view). */
    public java.util.List<vn.motcua.identity.AuthorisationView> getAuthorisations() {
        if (myAuthorisations == null) {
            myAuthorisations = authorisations.listFor(actor);
        }
        return myAuthorisations;
    }

    public String getOnBehalfAuthorisation() {
        return answers.onBehalfAuthorisation;
    }

    public void setOnBehalfAuthorisation(String value) {
        answers.onBehalfAuthorisation = blank(value) ? null : value;
    }

    public boolean isOnBehalf() {
        return answers.onBehalf;
    }

    public void setOnBehalf(boolean value) {
        answers.onBehalf = value;
    }

    public String getOnBehalfName() {
        return answers.onBehalfName;
    }

    public void setOnBehalfName(String value) {
        answers.onBehalfName = value;
    }

    public String getOnBehalfPersonalId() {
        return answers.onBehalfPersonalId;
    }

    public void setOnBehalfPersonalId(String value) {
        answers.onBehalfPersonalId = value;
    }

    public String getOnBehalfRelationship() {
        return answers.onBehalfRelationship;
    }

    public void setOnBehalfRelationship(String value) {
        answers.onBehalfRelationship = value;
    }

    public String getReturnMethod() {
        return answers.returnMethod;
    }

    public void setReturnMethod(String value) {
        answers.returnMethod = value;
    }

    public String getPostalAddress() {
        return answers.postalAddress;
    }

    public void setPostalAddress(String value) {
        answers.postalAddress = value;
    }
}
