package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.Requirement;
import vn.motcua.documents.application.DocumentNotFoundException;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.CounterRecords;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.dossier.domain.ReceivedComponent;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.infrastructure.DossierCodeSequence;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Authorisations;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.RepresentedParty;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitRouting;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.workflow.WorkflowGateway;

/**
 * Files a dossier online: checks the procedure and the receiving unit at today's date, the applicant, the declaration
 * fields, the file of each component (one of the citizen's own documents, against the component's rules) and the way
 * of returning the result; gives the dossier its code, stores it with its components and starts its routing model —
 * all in one transaction. Every answer to correct is reported at once ({@link FilingRefusedException}).
 */
@ApplicationScoped
public class DossierFiling {

    private static final Logger LOG = Logger.getLogger(DossierFiling.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    OrgUnitRepository units;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierCodeSequence codes;

    @Inject
    WorkflowGateway workflow;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    @Inject
    Authorisations authorisations;

    @Inject
    UnitRouting routing;

    @Inject
    CounterRecords records;

    @Inject
    DocumentStore documents;

    /**
     * Files a dossier checking what is given (the applicant, each component file given, the return method) without
     * requiring every declaration field and required component: the walking skeleton's and the demo data's filing.
     * The citizen's form and the filing API use {@link #fileComplete}.
     */
    @Transactional
    public DossierCode fileOnline(Actor citizen, FilingRequest request) {
        return file(citizen, request, false);
    }

    /**
     * Files a complete dossier: as {@link #fileOnline}, and every declaration field and every required component of
     * the procedure must be given.
     *
     * @throws FilingRefusedException with each answer to correct
     */
    @Transactional
    public DossierCode fileComplete(Actor citizen, FilingRequest request) {
        return file(citizen, request, true);
    }

    /** Who files the dossiers received from the national public-service portal (DVCQG). */
    public static final Actor NATIONAL_PORTAL = new Actor(null, "dvcqg", "Cổng Dịch vụ công quốc gia", List.of());

    /**
     * Files a dossier the applicant filed on the national public-service portal: checked like {@link #fileOnline}
     * (procedure in force and filed online, receiving unit competent, applicant), without a citizen account of ours
     * or component files from our store; the national code and what the portal sent are in the request's fields. It
     * waits in the receiving desk's queue like any online dossier.
     *
     * @throws FilingRefusedException with each answer to correct
     */
    @Transactional
    public DossierCode fileFromNationalPortal(FilingRequest request) {
        if (!request.components().isEmpty() || request.onBehalfOf() != null
                && request.onBehalfOf().authorisationId() != null) {
            throw new IllegalArgumentException("a national-portal dossier brings no files or authorisations of ours");
        }
        return file(NATIONAL_PORTAL, request, false);
    }

    private DossierCode file(Actor citizen, FilingRequest request, boolean complete) {
        if (!citizen.hasRole(Role.CITIZEN) && citizen != NATIONAL_PORTAL) {
            throw new AccessDeniedException("only a signed-in citizen files online");
        }
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        ProcedureVersion version = catalog.versionInForce(request.procedureCode(), today)
                .orElseThrow(() -> new NotFoundException("procedure " + request.procedureCode() + " is not in force"));
        if (!version.getProcedure().getOnlineLevel().allowsOnlineFiling()) {
            throw new IllegalArgumentException("procedure " + request.procedureCode() + " cannot be filed online");
        }
        OrgUnit unit = units.findByCode(request.receivingUnitCode() == null ? "" : request.receivingUnitCode())
                .filter(u -> u.isValidOn(today))
                .orElseThrow(() -> new FilingRefusedException(Map.of("receivingUnitCode",
                        "Chọn cơ quan tiếp nhận hồ sơ (đơn vị " + request.receivingUnitCode()
                                + " không tồn tại hoặc không còn hoạt động)")));
        var chain = version.routingChain();
        var receivingLevel = chain.map(c -> c.receivingLevel()).orElse(version.getProcedure().getCompetentLevel());
        if (unit.getLevel() != receivingLevel) {
            throw new FilingRefusedException(Map.of("receivingUnitCode", unit.getName()
                    + " không có thẩm quyền tiếp nhận hồ sơ thủ tục này; hãy chọn cơ quan khác"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        checkApplicant(request, problems);
        Represented onBehalf = represented(citizen, request.onBehalfOf(), today, problems);
        for (String field : complete ? FilingForms.declarationFields(request.procedureCode()) : List.<String>of()) {
            String value = request.fields().get(field);
            if (value == null || value.isBlank()) {
                problems.put("fields." + field, "Chưa nhập thông tin bắt buộc của tờ khai (" + field + ")");
            }
        }
        List<Chosen> chosen = components(citizen, version, request, complete, problems);
        ReturnMethod returnMethod = returnMethod(version, request, problems);
        if (!problems.isEmpty()) {
            throw new FilingRefusedException(problems);
        }
        List<UnitRouting.PlannedLevel> levels = chain.map(c -> routing.plan(c, unit, today))
                .orElse(List.of(new UnitRouting.PlannedLevel(1, unit.getCode())));
        Applicant applicant = new Applicant(request.applicantName().strip(), strip(request.applicantPersonalId()),
                phone(request.applicantPhone()), strip(request.applicantEmail()));

        DossierCode code = codes.next(unit.getCode(), today);
        Dossier dossier = Dossier.submitOnline(code, version, unit, applicant, citizen.accountId(),
                toJson(request.fields(), onBehalf), now);
        dossier.requestReturn(returnMethod, request.postalAddress());
        if (chain.isPresent()) {
            dossier.planRoute(levels.stream().map(UnitRouting.PlannedLevel::toString).toList());
        }
        dossiers.add(dossier);
        for (Chosen file : chosen) {
            records.add(new ReceivedComponent(dossier.getId(), file.position(), file.name(), PaperForm.ELECTRONIC,
                    file.document().id(), CounterIntake.pagesOf(file.document())).from(file.provenance()));
        }
        dossier.linkProcess(workflow.startDossierProcess(version.getProcessKey(), dossier.getId(), code.value(),
                unit.getCode(), levels.stream().map(UnitRouting.PlannedLevel::unitCode).toList()));
        events.announce(dossier, citizen);
        LOG.info(() -> "Dossier " + code + " filed online for procedure " + request.procedureCode());
        return code;
    }

    /** A component's file as it will be stored: checked, and whether it was uploaded for this dossier or reused. */
    private record Chosen(int position, String name, StoredDocument document, String provenance) {
    }

    private static void checkApplicant(FilingRequest request, Map<String, String> problems) {
        if (request.applicantName() == null || request.applicantName().isBlank()) {
            problems.put("applicantName", "Nhập họ và tên người nộp hồ sơ");
        }
        String id = strip(request.applicantPersonalId());
        if (id == null) {
            problems.put("applicantPersonalId", "Nhập số định danh cá nhân (12 chữ số trên thẻ căn cước)");
        } else if (!id.matches("\\d{12}|\\d{9}")) {
            problems.put("applicantPersonalId", "Số định danh cá nhân gồm 12 chữ số (hoặc số chứng minh nhân dân "
                    + "cũ gồm 9 chữ số)");
        }
        String phone = phone(request.applicantPhone());
        if (phone == null) {
            problems.put("applicantPhone", "Nhập số điện thoại để cơ quan liên hệ khi cần");
        } else if (!phone.matches("\\+?\\d{9,15}")) {
            problems.put("applicantPhone", "Số điện thoại gồm 9 đến 15 chữ số");
        }
        String email = strip(request.applicantEmail());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.put("applicantEmail", "Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.vn");
        }
        FilingRequest.OnBehalf party = request.onBehalfOf();
        if (party != null && party.authorisationId() == null && (party.name() == null || party.name().isBlank())) {
            problems.put("onBehalfOf.name", "Nhập họ và tên người được nộp hồ sơ thay");
        }
    }

    /** Each component's file, checked: every required component has one, of the citizen's own, within its rules. */
    private List<Chosen> components(Actor citizen, ProcedureVersion version, FilingRequest request,
                                    boolean complete, Map<String, String> problems) {
        List<Component> components = version.getComponents();
        Map<Integer, Long> given = new HashMap<>();
        for (FilingRequest.ComponentFile file : request.components()) {
            if (file.position() < 1 || file.position() > components.size()
                    || given.put(file.position(), file.documentId()) != null) {
                problems.put("components[" + file.position() + "]", "Thành phần hồ sơ số " + file.position()
                        + " không có trong thủ tục hoặc được chọn hai lần");
            }
        }
        List<Chosen> chosen = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            String key = "components[" + (i + 1) + "]";
            Long documentId = given.get(i + 1);
            if (documentId == null) {
                if (complete && component.requirement() == Requirement.REQUIRED) {
                    problems.put(key, "Tải lên hoặc chọn tệp cho thành phần hồ sơ bắt buộc: " + component.name());
                }
                continue;
            }
            StoredDocument document;
            try {
                document = documents.describe(citizen, documentId);
            } catch (DocumentNotFoundException | AccessDeniedException e) {
                problems.put(key, "Không tìm thấy tệp đã chọn cho thành phần hồ sơ " + component.name()
                        + " trong kho tài liệu của bạn; hãy tải lên lại");
                continue;
            }
            String wrong = ComponentFiles.problem(component, document);
            if (wrong != null) {
                problems.put(key, wrong);
                continue;
            }
            String provenance = records.referenced(documentId) ? "REUSE" : "UPLOAD";
            chosen.add(new Chosen(i + 1, component.name(), document, provenance));
        }
        return chosen;
    }

    private static ReturnMethod returnMethod(ProcedureVersion version, FilingRequest request,
                                             Map<String, String> problems) {
        List<ReturnMethod> allowed = FilingForms.returnMethods(version.getProcedure().getOnlineLevel());
        ReturnMethod method = request.returnMethod() == null ? allowed.get(0) : request.returnMethod();
        if (!allowed.contains(method)) {
            problems.put("returnMethod", "Thủ tục này không trả kết quả theo cách đã chọn; hãy chọn một trong: "
                    + String.join(", ", allowed.stream().map(FilingForms::returnLabel).toList()));
        } else if (method == ReturnMethod.BY_POST && strip(request.postalAddress()) == null) {
            problems.put("postalAddress", "Nhập địa chỉ nhận kết quả qua bưu chính công ích");
        }
        return method;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String phone(String value) {
        return strip(value == null ? null : value.replace(" ", "").replace(".", ""));
    }

    /** The party a dossier is filed for, with the document of the authorisation it was filed under (or null). */
    private record Represented(FilingRequest.OnBehalf party, Long documentId) {
    }

    /**
     * The party filed for: as the applicant wrote it, or — under an authorisation — as the authorisation names it,
     * with the authorisation and its document recorded in the dossier's form data.
     */
    private Represented represented(Actor citizen, FilingRequest.OnBehalf party, LocalDate today,
                                    Map<String, String> problems) {
        if (party == null || party.authorisationId() == null) {
            return new Represented(party, null);
        }
        try {
            RepresentedParty represented = authorisations.representedParty(citizen, party.authorisationId(), today);
            return new Represented(new FilingRequest.OnBehalf(represented.name(), represented.identifier(),
                    party.relationship() == null || party.relationship().isBlank() ? "Người ủy quyền"
                            : party.relationship(), represented.authorisationId()), represented.documentId());
        } catch (AccessDeniedException e) {
            problems.put("onBehalfOf.authorisation", "Giấy ủy quyền đã chọn không thuộc tài khoản của bạn");
        } catch (InvalidRequestException e) {
            problems.put("onBehalfOf.authorisation", e.getMessage());
        }
        return new Represented(party, null);
    }

    private static String toJson(Map<String, String> fields, Represented represented) {
        FilingRequest.OnBehalf onBehalfOf = represented.party();
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                json.add(k, v.strip());
            }
        });
        if (onBehalfOf != null && onBehalfOf.name() != null && !onBehalfOf.name().isBlank()) {
            JsonObjectBuilder party = Json.createObjectBuilder().add("name", onBehalfOf.name().strip());
            if (strip(onBehalfOf.personalId()) != null) {
                party.add("personalId", onBehalfOf.personalId().strip());
            }
            if (strip(onBehalfOf.relationship()) != null) {
                party.add("relationship", onBehalfOf.relationship().strip());
            }
            if (onBehalfOf.authorisationId() != null) {
                party.add("authorisationId", onBehalfOf.authorisationId());
                party.add("authorisationDocumentId", represented.documentId());
            }
            json.add("onBehalfOf", party);
        }
        return json.build().toString();
    }
}
