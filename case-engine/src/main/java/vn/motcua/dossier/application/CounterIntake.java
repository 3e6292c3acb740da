package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.Requirement;
import vn.motcua.documents.application.DocumentNotFoundException;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.CounterRecords;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.domain.FeeLine;
import vn.motcua.dossier.domain.FeeReceipt;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.dossier.domain.ReceivedComponent;
import vn.motcua.dossier.infrastructure.DossierCodeSequence;
import vn.motcua.dossier.infrastructure.FeeReceiptNumbers;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitRouting;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.workflow.ProcessContract.Steps;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.worklist.Worklist;

/**
 * Receives a paper dossier at the counter: the desk officer of the receiving unit has the complete dossier in hand,
 * so in one transaction the dossier is filed on the COUNTER channel with its digitised components, its process
 * started as for an online dossier, accepted at once (its legal clock starts now) and its fees recorded as paid with
 * a numbered receipt. Any refusal leaves nothing: no dossier, no component rows, no receipt number used.
 */
@ApplicationScoped
public class CounterIntake {

    private static final Logger LOG = Logger.getLogger(CounterIntake.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    OrgUnitRepository units;

    @Inject
    UnitRouting routing;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierCodeSequence codes;

    @Inject
    CounterRecords records;

    @Inject
    FeeReceiptNumbers receiptNumbers;

    @Inject
    DocumentStore documents;

    @Inject
    WorkflowGateway workflow;

    @Inject
    Worklist worklist;

    @Inject
    DossierSteps steps;

    @Inject
    DossierEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Files, accepts and charges a paper dossier.
     *
     * @throws AccessDeniedException  when the actor is not a desk officer of the receiving unit
     * @throws NotFoundException      when the procedure has no version in force today
     * @throws InvalidRequestException when the unit, the applicant, a component, an exemption or the check of the
     *                                 originals is not right (the message says which, in Vietnamese)
     */
    @Transactional
    public CounterIntakeResult receive(Actor desk, CounterIntakeRequest request) {
        if (!desk.holds(Role.DESK_OFFICER, request.receivingUnitCode())) {
            throw new AccessDeniedException("only a desk officer of unit " + request.receivingUnitCode()
                    + " receives its dossiers");
        }
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        ProcedureVersion version = catalog.versionInForce(request.procedureCode(), today)
                .orElseThrow(() -> new NotFoundException("procedure " + request.procedureCode() + " is not in force"));
        if (!version.getProcedure().getChannels().contains(FilingChannel.DIRECT)) {
            throw new InvalidRequestException("Thủ tục " + request.procedureCode() + " không tiếp nhận hồ sơ trực tiếp "
                    + "tại bộ phận một cửa");
        }
        OrgUnit unit = units.findByCode(request.receivingUnitCode()).filter(u -> u.isValidOn(today))
                .orElseThrow(() -> new InvalidRequestException("Đơn vị " + request.receivingUnitCode()
                        + " không tồn tại hoặc không còn hoạt động"));
        var chain = version.routingChain();
        var receivingLevel = chain.map(c -> c.receivingLevel()).orElse(version.getProcedure().getCompetentLevel());
        if (unit.getLevel() != receivingLevel) {
            throw new InvalidRequestException(unit.getName() + " không có thẩm quyền tiếp nhận hồ sơ thủ tục này");
        }
        Applicant applicant = applicant(request);
        List<Scan> scans = scans(desk, version, request);
        boolean partialOnline = version.getProcedure().getOnlineLevel() == OnlineLevel.PARTIAL_ONLINE;
        if (partialOnline && !request.originalsChecked()) {
            throw new InvalidRequestException("Thủ tục này thực hiện trực tuyến một phần: cần xác nhận đã đối chiếu bản "
                    + "chính của các giấy tờ với bản quét");
        }
        List<FeeLine> fees = fees(version, request.exemptions());
        List<UnitRouting.PlannedLevel> levels = chain.map(c -> routing.plan(c, unit, today))
                .orElse(List.of(new UnitRouting.PlannedLevel(1, unit.getCode())));

        DossierCode code = codes.next(unit.getCode(), today);
        Dossier dossier = Dossier.receiveAtCounter(code, version, unit, applicant, formData(request), desk.username(),
                now);
        if (chain.isPresent()) {
            dossier.planRoute(levels.stream().map(UnitRouting.PlannedLevel::toString).toList());
        }
        dossiers.add(dossier);
        for (Scan scan : scans) {
            ReceivedComponent component = new ReceivedComponent(dossier.getId(), scan.position(), scan.name(),
                    scan.form(), scan.documentId(), scan.pages());
            if (partialOnline && scan.documentId() != null) {
                component.originalsChecked(desk.username(), now);
            }
            records.add(component);
        }
        dossier.linkProcess(workflow.startDossierProcess(version.getProcessKey(), dossier.getId(), code.value(),
                unit.getCode(), levels.stream().map(UnitRouting.PlannedLevel::unitCode).toList()));
        events.announce(dossier, desk);
        String deskStep = worklist.openOfDossier(dossier.getId()).stream()
                .filter(item -> Steps.DESK_RECEIVES.equals(item.getStepKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("process " + version.getProcessKey()
                        + " did not open step " + Steps.DESK_RECEIVES))
                .getTaskId();
        steps.completeWith(desk, deskStep, StepOutcome.ACCEPT, DossierSteps.StepInput.reason(null), null);

        int pages = scans.stream().mapToInt(s -> s.pages() == null ? 0 : s.pages()).sum();
        audit.record(desk, new AuditedChange("COUNTER_INTAKE", AuditTrail.DOSSIER, code.value(), unit.getCode(), null,
                "channel COUNTER; components " + scans.size() + "; scanned pages " + pages
                        + (partialOnline ? "; originals checked" : ""), null));
        String receiptNumber = collect(desk, dossier, unit, fees, request.payerName(), now);
        LOG.info(() -> "Dossier " + code + " received at the counter of " + unit.getCode() + " for procedure "
                + request.procedureCode() + (receiptNumber == null ? "" : ", fee receipt " + receiptNumber));
        return new CounterIntakeResult(code.value(), receiptNumber);
    }

    /** A component as it will be stored: checked against the version's rules for it. */
    private record Scan(int position, String name, PaperForm form, Long documentId, Integer pages) {
    }

    private static Applicant applicant(CounterIntakeRequest request) {
        if (request.applicantName() == null || request.applicantName().isBlank()) {
            throw new InvalidRequestException("Nhập họ và tên người nộp hồ sơ");
        }
        String id = request.applicantPersonalId() == null ? null : request.applicantPersonalId().strip();
        if (id != null && !id.isEmpty() && !id.matches("\\d{12}|\\d{9}")) {
            throw new InvalidRequestException("Số định danh cá nhân gồm 12 chữ số (hoặc số chứng minh nhân dân cũ "
                    + "gồm 9 chữ số)");
        }
        String phone = request.applicantPhone() == null ? null : request.applicantPhone().replace(" ", "");
        if (phone != null && !phone.isEmpty() && !phone.matches("\\+?\\d{9,15}")) {
            throw new InvalidRequestException("Số điện thoại gồm 9 đến 15 chữ số");
        }
        return new Applicant(request.applicantName(), id, phone, request.applicantEmail());
    }

    /** The components received, each checked: every required one has its scan, of an accepted type, size and length. */
    private List<Scan> scans(Actor desk, ProcedureVersion version, CounterIntakeRequest request) {
        List<Component> components = version.getComponents();
        Map<Integer, ReceivedPaper> received = new HashMap<>();
        for (ReceivedPaper paper : request.components()) {
            if (paper.position() < 1 || paper.position() > components.size()
                    || received.put(paper.position(), paper) != null) {
                throw new InvalidRequestException("Thành phần hồ sơ số " + paper.position()
                        + " không có trong thủ tục hoặc được nhập hai lần");
            }
        }
        List<Scan> scans = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            ReceivedPaper paper = received.get(i + 1);
            if (paper == null || paper.documentId() == null) {
                if (component.requirement() == Requirement.REQUIRED) {
                    throw new InvalidRequestException("Thiếu bản quét của thành phần hồ sơ bắt buộc: "
                            + component.name());
                }
                if (paper != null) {
                    scans.add(new Scan(i + 1, component.name(), formOf(paper), null, null));
                }
                continue;
            }
            StoredDocument scan = scanOf(desk, component, paper.documentId());
            scans.add(new Scan(i + 1, component.name(), formOf(paper), scan.id(), pagesOf(scan)));
        }
        return scans;
    }

    private static PaperForm formOf(ReceivedPaper paper) {
        return paper.form() == null ? PaperForm.ORIGINAL : paper.form();
    }

    /** The stored scan of a component, checked against the component's accepted types, size and page limits. */
    private StoredDocument scanOf(Actor desk, Component component, long documentId) {
        StoredDocument scan;
        try {
            scan = documents.describe(desk, documentId);
        } catch (DocumentNotFoundException e) {
            throw new InvalidRequestException("Không tìm thấy tệp đã tải lên cho thành phần hồ sơ: " + component.name()
                    + "; hãy tải lên lại");
        }
        if (scan.purpose() != DocumentPurpose.SCAN && scan.purpose() != DocumentPurpose.DOSSIER_COMPONENT) {
            throw new InvalidRequestException("Tệp của thành phần hồ sơ " + component.name()
                    + " không phải bản quét hồ sơ");
        }
        if (records.referenced(documentId)) {
            throw new InvalidRequestException("Tệp của thành phần hồ sơ " + component.name()
                    + " đã thuộc một hồ sơ khác; hãy quét lại giấy tờ");
        }
        List<String> types = component.acceptedTypeList();
        if (!types.isEmpty() && !types.contains(scan.mediaType())) {
            throw new InvalidRequestException("Tệp của thành phần hồ sơ " + component.name() + " có định dạng "
                    + scan.mediaType() + ", không thuộc các định dạng được nhận: " + String.join(", ", types));
        }
        if (scan.size() > component.maxSizeKb() * 1024L) {
            throw new InvalidRequestException("Tệp của thành phần hồ sơ " + component.name()
                    + " vượt dung lượng tối đa " + component.maxSizeKb() + " KB");
        }
        int pages = pagesOf(scan);
        if (pages < component.minPages()) {
            throw new InvalidRequestException("Bản quét của thành phần hồ sơ " + component.name() + " có " + pages
                    + " trang, cần ít nhất " + component.minPages() + " trang");
        }
        if (component.maxPages() != null && pages > component.maxPages()) {
            throw new InvalidRequestException("Bản quét của thành phần hồ sơ " + component.name() + " có " + pages
                    + " trang, nhiều hơn " + component.maxPages() + " trang cho phép");
        }
        return scan;
    }

    /** The scanned pages: a PDF's page count; an image is one page. */
    static int pagesOf(StoredDocument scan) {
        return scan.pageCount() == null ? 1 : scan.pageCount();
    }

    /** The fees due at the counter, each paid or exempted with the reason the desk gave. */
    private static List<FeeLine> fees(ProcedureVersion version, Map<Integer, String> exemptions) {
        List<Fee> fees = version.getFees();
        for (Integer position : exemptions.keySet()) {
            if (position == null || position < 1 || position > fees.size()) {
                throw new InvalidRequestException("Khoản phí, lệ phí số " + position + " không có trong thủ tục");
            }
        }
        List<FeeLine> lines = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            Fee fee = fees.get(i);
            long amount = fee.amountFor(FilingChannel.DIRECT);
            if (exemptions.containsKey(i + 1)) {
                String reason = exemptions.get(i + 1);
                if (reason == null || reason.isBlank()) {
                    throw new InvalidRequestException("Ghi lý do miễn " + fee.description());
                }
                lines.add(FeeLine.exempt(fee.kind(), fee.description(), amount, reason));
            } else {
                lines.add(FeeLine.paid(fee.kind(), fee.description(), amount));
            }
        }
        return lines;
    }

    /** Records the fees paid with the next number of the unit's receipt register; none when nothing was paid. */
    private String collect(Actor desk, Dossier dossier, OrgUnit unit, List<FeeLine> fees, String payer, Instant now) {
        if (fees.stream().mapToLong(FeeLine::amountPaid).sum() == 0) {
            if (!fees.isEmpty()) {
                audit.record(desk, new AuditedChange("FEES_EXEMPTED", AuditTrail.DOSSIER, dossier.getCode().value(),
                        unit.getCode(), null, "fees " + fees.size() + "; total 0 VND", exemptionReasons(fees)));
            }
            return null;
        }
        int year = BusinessTime.dateOf(now).getYear();
        String payerName = payer == null || payer.isBlank() ? dossier.getApplicant().getName() : payer.strip();
        FeeReceipt receipt = new FeeReceipt(dossier.getId(), unit.getCode(), year,
                receiptNumbers.next(unit.getCode(), year), fees, payerName, desk.username(), now);
        records.add(receipt);
        audit.record(desk, new AuditedChange("FEE_RECEIPT_ISSUED", "FEE_RECEIPT",
                unit.getCode() + ":" + receipt.printedNumber(), unit.getCode(), null,
                "dossier " + dossier.getCode().value() + "; total " + receipt.getTotal() + " VND; paid at the counter",
                exemptionReasons(fees)));
        return receipt.printedNumber();
    }

    private static String exemptionReasons(List<FeeLine> fees) {
        String reasons = String.join("; ", fees.stream().filter(FeeLine::exempted)
                .map(f -> f.description() + ": " + f.exemptionReason()).toList());
        return reasons.isEmpty() ? null : reasons;
    }

    private static String formData(CounterIntakeRequest request) {
        var json = Json.createObjectBuilder();
        if (request.applicantAddress() != null && !request.applicantAddress().isBlank()) {
            json.add("applicantAddress", request.applicantAddress().strip());
        }
        return json.build().toString();
    }
}
