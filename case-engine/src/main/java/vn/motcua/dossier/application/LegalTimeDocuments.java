package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.motcua.calendar.LegalClock;
import vn.motcua.calendar.LegalClock.Kind;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.documents.rendering.AgencyNames;
import vn.motcua.documents.rendering.ApologyLetter;
import vn.motcua.documents.rendering.ControlSheet;
import vn.motcua.documents.rendering.ControlSheet.Handover;
import vn.motcua.documents.rendering.ControlSheet.Note;
import vn.motcua.documents.rendering.ControlSheet.Party;
import vn.motcua.documents.rendering.ControlSheet.Standing;
import vn.motcua.documents.rendering.DossierReceipt;
import vn.motcua.documents.rendering.Letterhead;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.ReceiptRefusal;
import vn.motcua.documents.rendering.Signer;
import vn.motcua.documents.rendering.StopNotice;
import vn.motcua.documents.rendering.SupplementRequest;
import vn.motcua.dossier.domain.ClockEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.platform.time.BusinessTime;

/**
 * The documents of a dossier's legal time, as PDFs: the process control sheet (form 06; officials of the dossier's
 * units only) and the apology with the new appointment (form 04; also its applicant), both built from the recorded
 * clock events and control-sheet rows, never from figures typed in. Times are shown in Vietnam's zone.
 */
@ApplicationScoped
@Transactional
public class LegalTimeDocuments {

    private static final Logger LOG = Logger.getLogger(LegalTimeDocuments.class.getName());

    /** Clock events worth a note on the row of the step during which they happened. */
    private static final Set<Kind> NOTED = EnumSet.of(Kind.PAUSE, Kind.RESUME, Kind.RESTART, Kind.EXTEND, Kind.STOP);

    /** A rendered document and the file name to offer it under. */
    public record RenderedPdf(String fileName, byte[] content) {
        public RenderedPdf {
            Objects.requireNonNull(fileName, "file name is required");
            Objects.requireNonNull(content, "content is required");
        }
    }

    @Inject
    DossierRepository dossiers;

    @Inject
    LegalTime legalTime;

    @Inject
    AccountRepository accounts;

    @Inject
    OrgUnitRepository units;

    @Inject
    PdfRenderer renderer;

    @Inject
    Clock clock;

    /** The process control sheet of dossier {@code code} as it stands now, for an official of its units. */
    public RenderedPdf controlSheet(Actor viewer, String code) {
        Dossier dossier = find(code);
        List<StepRecord> steps = legalTime.controlSheet(dossier.getId());
        if (!isOfficialOf(viewer, dossier, steps)) {
            throw new AccessDeniedException("not allowed to print the control sheet of dossier " + code);
        }
        if (dossier.getReceivedAt() == null) {
            throw new NotFoundException("Hồ sơ " + code + " chưa được tiếp nhận nên chưa có phiếu kiểm soát quá trình "
                    + "giải quyết hồ sơ");
        }
        Map<String, String> names = new HashMap<>();
        ControlSheet sheet = controlSheetOf(dossier, steps, legalTime.clockOf(dossier),
                username -> names.computeIfAbsent(username, this::personName), this::unitName, clock.instant());
        byte[] pdf = renderer.render(ControlSheet.TEMPLATE, sheet);
        LOG.info(() -> "control sheet of dossier " + code + " printed by " + viewer.username() + " ("
                + steps.size() + " rows)");
        return new RenderedPdf("phieu-kiem-soat-" + code + ".pdf", pdf);
    }

    /**
     * The receipt and appointment (form 01) of an accepted dossier, with its code, the QR code of its lookup page and
     * the appointment the legal clock gives, for an official of its units or its applicant.
     *
     * @throws NotFoundException when the dossier has not been accepted, so it has no receipt
     */
    public RenderedPdf receipt(Actor viewer, String code) {
        Dossier dossier = forApplicantOrOfficial(viewer, code, "receipt");
        if (dossier.getReceivedAt() == null || dossier.getDueAt() == null) {
            throw new NotFoundException("Hồ sơ " + code + " chưa được tiếp nhận nên chưa có giấy tiếp nhận hồ sơ và hẹn "
                    + "trả kết quả");
        }
        OrgUnit unit = dossier.getReceivingUnit();
        AgencyNames.Heading heading = AgencyNames.heading(unit.getName(),
                unit.getParent() == null ? null : unit.getParent().getName());
        String receiver = dossier.getHistory().stream().filter(h -> h.getAction().equals("ACCEPTED"))
                .map(h -> personName(h.getActor())).findFirst().orElse(null);
        String form = dossier.getChannel() == vn.motcua.dossier.domain.Channel.ONLINE ? "Bản điện tử" : "Bản chính";
        List<DossierReceipt.Component> components = dossier.getProcedureVersion().getComponents().stream()
                .map(c -> new DossierReceipt.Component(c.name(), form)).toList();
        var version = dossier.getProcedureVersion();
        String time = version.getDurationValue() + (version.getDurationUnit() == vn.motcua.catalog.DurationUnit.WORKING_HOURS
                ? " giờ làm việc" : version.getDurationUnit() == vn.motcua.catalog.DurationUnit.WORKING_DAYS
                ? " ngày làm việc" : " ngày");
        String desk = "Bộ phận Tiếp nhận và Trả kết quả, " + unit.getName();
        String codeValue = dossier.getCode().value();
        DossierReceipt receipt = new DossierReceipt(heading.parent(), heading.agency(),
                codeValue.substring(codeValue.lastIndexOf('-') + 1), AgencyNames.place(unit.getName()),
                BusinessTime.dateOf(dossier.getReceivedAt()), codeValue, desk, dossier.getApplicant().getName(), null,
                dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(),
                version.getProcedure().getName(), components, 1, time, local(dossier.getReceivedAt()),
                local(dossier.getDueAt()), desk, receiver, links.lookup(codeValue));
        byte[] pdf = renderer.render(DossierReceipt.TEMPLATE, receipt);
        LOG.info(() -> "receipt of dossier " + code + " printed by " + viewer.username());
        return new RenderedPdf("giay-tiep-nhan-" + code + ".pdf", pdf);
    }

    @Inject
    vn.motcua.results.ResultLinks links;

    @Inject
    vn.motcua.calendar.WorkingCalendars calendars;

    /**
     * The request to complete a dossier at intake (form 02): every item the desk listed (one per line), the time
     * limit (the procedure's supplement days in working days, 15 by default) and what happens after it.
     *
     * @throws NotFoundException when the desk did not ask for a supplement
     */
    public RenderedPdf supplementRequest(Actor viewer, String code) {
        Dossier dossier = forApplicantOrOfficial(viewer, code, "supplement request");
        var asked = dossier.getHistory().stream()
                .filter(h -> h.getAction().equals("SUPPLEMENT_REQUESTED_AT_INTAKE")).findFirst()
                .orElseThrow(() -> new NotFoundException("Hồ sơ " + code + " không có yêu cầu bổ sung, hoàn thiện"));
        OrgUnit unit = dossier.getReceivingUnit();
        Integer days = dossier.getProcedureVersion().getSupplementDays();
        Instant deadline = calendars.forUnit(unit.getCode()).plusWorkingTime(asked.getOccurredAt(),
                vn.motcua.calendar.WorkingCalendar.WORKING_DAY.multipliedBy(days == null ? 15 : days));
        List<SupplementRequest.Item> items = lines(asked.getNote()).stream()
                .map(line -> new SupplementRequest.Item(line, null, "Cần bổ sung, hoàn thiện theo quy định")).toList();
        String officer = personName(asked.getActor());
        SupplementRequest request = new SupplementRequest(deskLetterhead(unit, asked.getOccurredAt(), "HDHS"), null,
                "Bộ phận Tiếp nhận và Trả kết quả, " + unit.getName(), code, dossier.getApplicant().getName(), null,
                dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(),
                dossier.getProcedureVersion().getProcedure().getName(), items, BusinessTime.dateOf(deadline),
                "Quá thời hạn trên mà Ông/Bà không bổ sung, hoàn thiện hồ sơ thì hồ sơ sẽ được trả lại.",
                officer, Signer.of("NGƯỜI HƯỚNG DẪN", officer), List.of());
        byte[] pdf = renderer.render(SupplementRequest.TEMPLATE, request);
        LOG.info(() -> "supplement request of dossier " + code + " printed by " + viewer.username());
        return new RenderedPdf("phieu-yeu-cau-bo-sung-" + code + ".pdf", pdf);
    }

    /**
     * The refusal at intake (form 03), with the reasons the desk gave (one per line).
     *
     * @throws NotFoundException when the dossier was not refused at intake
     */
    public RenderedPdf refusal(Actor viewer, String code) {
        Dossier dossier = forApplicantOrOfficial(viewer, code, "refusal");
        var refused = dossier.getHistory().stream().filter(h -> h.getAction().equals("REFUSED")).findFirst()
                .orElseThrow(() -> new NotFoundException("Hồ sơ " + code + " không bị từ chối tiếp nhận"));
        OrgUnit unit = dossier.getReceivingUnit();
        String officer = personName(refused.getActor());
        ReceiptRefusal refusal = new ReceiptRefusal(deskLetterhead(unit, refused.getOccurredAt(), "TCHS"), null,
                "Bộ phận Tiếp nhận và Trả kết quả, " + unit.getName(), code, dossier.getApplicant().getName(), null,
                dossier.getApplicant().getPhone(), dossier.getApplicant().getEmail(),
                dossier.getProcedureVersion().getProcedure().getName(), dossier.getProcedureVersion().getLegalBasis(),
                lines(refused.getNote()), Signer.of("NGƯỜI TIẾP NHẬN HỒ SƠ", officer),
                List.of(dossier.getApplicant().getName(), "Lưu: VT"));
        byte[] pdf = renderer.render(ReceiptRefusal.TEMPLATE, refusal);
        LOG.info(() -> "refusal of dossier " + code + " printed by " + viewer.username());
        return new RenderedPdf("phieu-tu-choi-" + code + ".pdf", pdf);
    }

    /**
     * The stop notice (form 05) of a dossier the applicant withdrew: when it was received, asked to be withdrawn and
     * stopped, on the legal basis of Decree 118/2025 Art. 21.
     *
     * @throws NotFoundException when the dossier was not withdrawn
     */
    public RenderedPdf stopNotice(Actor viewer, String code) {
        Dossier dossier = forApplicantOrOfficial(viewer, code, "stop notice");
        var withdrawn = dossier.getHistory().stream().filter(h -> h.getAction().equals("WITHDRAWN")).findFirst()
                .orElseThrow(() -> new NotFoundException("Hồ sơ " + code + " không bị dừng giải quyết do rút hồ sơ"));
        OrgUnit unit = dossier.getReceivingUnit();
        Instant received = dossier.getReceivedAt() == null ? dossier.getSubmittedAt() : dossier.getReceivedAt();
        String desk = "Bộ phận Tiếp nhận và Trả kết quả, " + unit.getName();
        StopNotice notice = new StopNotice(deskLetterhead(unit, withdrawn.getOccurredAt(), "TB"), null, unit.getName(),
                dossier.getApplicant().getName(), code, dossier.getProcedureVersion().getProcedure().getName(),
                local(received), local(withdrawn.getOccurredAt()),
                "theo đề nghị rút hồ sơ của Ông/Bà" + (withdrawn.getNote() == null ? "" : " (" + withdrawn.getNote() + ")"),
                "Điều 21 Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ",
                local(withdrawn.getOccurredAt()), "Hồ sơ giấy đã nộp (nếu có) được trả lại cho Ông/Bà tại " + desk + ".",
                Signer.of("NGƯỜI TIẾP NHẬN HỒ SƠ", personName(withdrawn.getActor())),
                List.of(dossier.getApplicant().getName(), "Lưu: VT"));
        byte[] pdf = renderer.render(StopNotice.TEMPLATE, notice);
        LOG.info(() -> "stop notice of dossier " + code + " printed by " + viewer.username());
        return new RenderedPdf("thong-bao-dung-" + code + ".pdf", pdf);
    }

    private static Letterhead deskLetterhead(OrgUnit unit, Instant at, String symbol) {
        AgencyNames.Heading heading = AgencyNames.heading(unit.getName(),
                unit.getParent() == null ? null : unit.getParent().getName());
        return new Letterhead(heading.parent(), heading.agency(), null, symbol, AgencyNames.place(unit.getName()),
                BusinessTime.dateOf(at));
    }

    private static List<String> lines(String text) {
        List<String> lines = text == null ? List.of() : java.util.Arrays.stream(text.split("\\R"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? List.of("Không nêu lý do") : lines;
    }

    /**
     * The apology and new appointment of dossier {@code code}, for an official of its units or its applicant.
     *
     * @throws NotFoundException when the dossier was never extended, so no apology was given
     */
    public RenderedPdf apologyLetter(Actor viewer, String code) {
        Dossier dossier = forApplicantOrOfficial(viewer, code, "apology");
        ClockEntry extension = dossier.getClock().stream().filter(e -> e.getKind() == Kind.EXTEND).findFirst()
                .orElseThrow(() -> new NotFoundException("Hồ sơ " + code + " không được gia hạn nên không có văn "
                        + "bản xin lỗi và hẹn lại ngày trả kết quả"));
        Optional<UserAccount> leader = accounts.findByUsername(extension.getActor());
        ApologyLetter letter = apologyLetterOf(dossier, extension,
                dueBefore(dossier, extension, legalTime.clockOf(dossier)),
                leader.map(UserAccount::getDisplayName).orElse(extension.getActor()),
                leader.map(UserAccount::getPositionTitle).orElse(null));
        byte[] pdf = renderer.render(ApologyLetter.TEMPLATE, letter);
        LOG.info(() -> "apology of dossier " + code + " printed by " + viewer.username());
        return new RenderedPdf("van-ban-xin-loi-" + code + ".pdf", pdf);
    }

    /**
     * The control sheet's model: one row per step record, in the order the steps opened. The giver of a row is the
     * holder of the step handed on last before it opened (the applicant for the first); an open step stands as its
     * due time and the dossier's clock say at {@code now}.
     */
    static ControlSheet controlSheetOf(Dossier dossier, List<StepRecord> steps, LegalClock legal,
                                       Function<String, String> personName, Function<String, String> unitName,
                                       Instant now) {
        String ownUnit = dossier.getReceivingUnit().getCode();
        Map<String, String> stepNames = dossier.getProcedureVersion().getSteps().stream()
                .collect(Collectors.toMap(StepAllocation::key, StepAllocation::name, (a, b) -> a));
        Function<String, String> otherUnit = unit -> unit.equals(ownUnit) ? null : unitName.apply(unit);
        List<Handover> handovers = steps.stream().map(step -> new Handover(
                        stepNames.getOrDefault(step.getStepKey(), step.getStepKey()),
                        giver(step, steps, dossier, personName, otherUnit),
                        Party.official(step.getHolder() == null ? null : personName.apply(step.getHolder()),
                                step.getRole().name(), otherUnit.apply(step.getUnitCode())),
                        local(step.getOpenedAt()), local(step.getDueAt()), local(step.getFinishedAt()),
                        standing(step, legal, now), notes(step, dossier.getClock())))
                .toList();
        List<String> coordinating = steps.stream().map(StepRecord::getUnitCode).filter(u -> !u.equals(ownUnit))
                .distinct().map(unitName).toList();
        LocalDateTime due = local(dossier.getDueAt());
        LocalDateTime originalDue = legal.extended() && due != null ? local(dossier.getOriginalDueAt()) : null;
        return new ControlSheet(dossier.getReceivingUnit().getName(), dossier.getCode().value(),
                dossier.getApplicant().getName(), dossier.getProcedureVersion().getProcedure().getName(),
                local(dossier.getReceivedAt()), due, originalDue, dossier.getReceivingUnit().getName(), coordinating,
                handovers, local(now));
    }

    /**
     * The apology's model from the extension event: the appointment it replaces ({@code dueBefore}), the new one, the
     * reason, and the leader who granted it.
     */
    static ApologyLetter apologyLetterOf(Dossier dossier, ClockEntry extension, Instant dueBefore, String signerName,
                                         String signerPosition) {
        OrgUnit unit = dossier.getReceivingUnit();
        AgencyNames.Heading heading = AgencyNames.heading(unit.getName(),
                unit.getParent() == null ? null : unit.getParent().getName());
        return new ApologyLetter(heading.parent(), heading.agency(), unit.getName(), null,
                AgencyNames.place(unit.getName()), BusinessTime.dateOf(extension.getOccurredAt()),
                dossier.getApplicant().getName(), dossier.getCode().value(),
                dossier.getProcedureVersion().getProcedure().getName(), local(dossier.getReceivedAt()),
                local(dueBefore), extension.getReason(), local(extension.getExtendedTo()), signerPosition, signerName);
    }

    /**
     * The due time the applicant held when the extension was granted: what the clock ({@code legal}, the dossier's)
     * gives from the events before it.
     */
    static Instant dueBefore(Dossier dossier, ClockEntry extension, LegalClock legal) {
        List<LegalClock.Event> before = dossier.getClock().stream().takeWhile(e -> e != extension)
                .map(ClockEntry::event).toList();
        Instant due = new LegalClock(before, legal.legalTime(), legal.calendar()).due();
        return due != null ? due : dossier.getOriginalDueAt();
    }

    private static Party giver(StepRecord step, List<StepRecord> steps, Dossier dossier,
                               Function<String, String> personName, Function<String, String> otherUnit) {
        return steps.stream()
                .filter(s -> s != step && s.getFinishedAt() != null && !s.getFinishedAt().isAfter(step.getOpenedAt()))
                .max(Comparator.comparing(StepRecord::getFinishedAt))
                .map(previous -> Party.official(previous.getHolder() == null ? null
                                : personName.apply(previous.getHolder()), previous.getRole().name(),
                        otherUnit.apply(previous.getUnitCode())))
                .orElseGet(() -> Party.applicant(dossier.getApplicant().getName()));
    }

    private static Standing standing(StepRecord step, LegalClock legal, Instant now) {
        if (step.getFinishedAt() != null) {
            Timeliness result = step.getResult();
            return result == null ? Standing.NOT_TIMED : switch (result) {
                case EARLY -> Standing.EARLY;
                case ON_TIME -> Standing.ON_TIME;
                case LATE -> Standing.LATE;
                default -> Standing.NOT_TIMED;
            };
        }
        if (legal.paused()) {
            return Standing.PAUSED;
        }
        if (step.getDueAt() == null || legal.stopped()) {
            return Standing.IN_PROGRESS;
        }
        return switch (Timeliness.of(step.getDueAt(), null, now, legal.calendar())) {
            case OVERDUE -> Standing.OVERDUE;
            case DUE_SOON -> Standing.DUE_SOON;
            default -> Standing.WITHIN_TIME;
        };
    }

    private static List<Note> notes(StepRecord step, List<ClockEntry> clock) {
        return clock.stream()
                .filter(e -> NOTED.contains(e.getKind()))
                .filter(e -> !e.getOccurredAt().isBefore(step.getOpenedAt())
                        && (step.getFinishedAt() == null || !e.getOccurredAt().isAfter(step.getFinishedAt())))
                .map(e -> new Note(e.getKind().name(), local(e.getOccurredAt()), local(e.getExtendedTo()),
                        e.getReason()))
                .toList();
    }

    /** Dossier {@code code} for its applicant or an official of its units, else 403 naming the document. */
    private Dossier forApplicantOrOfficial(Actor viewer, String code, String document) {
        Dossier dossier = find(code);
        if (!isApplicantOf(viewer, dossier) && !isOfficialOf(viewer, dossier, legalTime.controlSheet(dossier.getId()))) {
            throw new AccessDeniedException("not allowed to see the " + document + " of dossier " + code);
        }
        return dossier;
    }

    private Dossier find(String code) {
        DossierCode dossierCode;
        try {
            dossierCode = new DossierCode(code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
        return dossiers.findByCode(dossierCode).orElseThrow(() -> new NotFoundException("no dossier " + code));
    }

    /** An official holding a role in the dossier's receiving unit or in a unit that had one of its steps. */
    private static boolean isOfficialOf(Actor viewer, Dossier dossier, List<StepRecord> steps) {
        Set<String> dossierUnits = steps.stream().map(StepRecord::getUnitCode)
                .collect(Collectors.toCollection(HashSet::new));
        dossierUnits.add(dossier.getReceivingUnit().getCode());
        return viewer.grants().stream().anyMatch(g -> g.role() != Role.CITIZEN && dossierUnits.contains(g.unitCode()));
    }

    private static boolean isApplicantOf(Actor viewer, Dossier dossier) {
        return viewer.hasRole(Role.CITIZEN) && dossier.getApplicantAccountId() != null
                && dossier.getApplicantAccountId().equals(viewer.accountId());
    }

    private String personName(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }

    private String unitName(String unitCode) {
        return units.findByCode(unitCode).map(OrgUnit::getName).orElse(unitCode);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }
}
