package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.LegalClock;
import vn.motcua.calendar.LegalClock.Kind;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.documents.rendering.ApologyLetter;
import vn.motcua.documents.rendering.ControlSheet;
import vn.motcua.documents.rendering.ControlSheet.Handover;
import vn.motcua.documents.rendering.ControlSheet.Note;
import vn.motcua.documents.rendering.ControlSheet.Party;
import vn.motcua.documents.rendering.ControlSheet.Standing;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.ClockEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.UnitLevel;
import vn.motcua.platform.time.BusinessTime;

/**
 * The legal-time documents built from a dossier's recorded clock and control sheet, without a container: a marriage
 * registration paused for a supplement, restarted, extended once by the leader and overrun by the specialist. The
 * due times come from the legal clock as the application computes them; the models and the PDFs are checked.
 */
class LegalTimeDocumentsTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.weekdays(BusinessTime.ZONE);
    private static final Duration FIVE_DAYS = Duration.ofHours(40);
    private static final DossierCode CODE = DossierCode.of("000.30.01.H29", LocalDate.of(2026, 11, 16), 7);
    private static final Map<String, String> NAMES = Map.of("motcua.tdm", "Nguyễn Thị Thu Hà",
            "chuyenvien.tdm", "Trần Văn Bình", "lanhdao.tdm", "Phạm Quốc Hùng");
    private static final String REASON = "Cần xác minh thông tin tại nơi cư trú trước đây";

    private Dossier dossier;
    private final List<StepRecord> steps = new ArrayList<>();
    private StepRecord desk;
    private StepRecord specialist;
    private StepRecord leader;
    private StepRecord clerk;
    private Instant dueAfterRestart;
    private Instant extendedDue;
    private Instant now;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    private LegalClock legal() {
        return new LegalClock(dossier.clockEvents(), FIVE_DAYS, CALENDAR);
    }

    private void record(Kind kind, Instant at, Instant extendedTo, String action, String reason, String actor) {
        dossier.recordClock(kind, at, extendedTo, action, reason, actor);
        dossier.derivedDue(legal().due(), legal().originalDue());
    }

    private StepRecord open(String key, Role role, Instant at, int hours) {
        StepRecord step = new StepRecord(1L, "task-" + key, key, "000.30.01.H29", role, at,
                dossier.clockEvents().isEmpty() ? null : legal().stepDue(at, Duration.ofHours(hours)));
        steps.add(step);
        return step;
    }

    private void finish(StepRecord step, String holder, Instant at) {
        step.finish(holder, at, Timeliness.of(step.getDueAt(), at, at, CALENDAR));
    }

    /** Filed Monday 07:30, accepted 08:00; paused 09:00, restarted Tuesday 09:00 and extended at 10:00. */
    @BeforeEach
    void aDossierThatWasPausedRestartedExtendedAndOverrun() {
        dossier = Dossier.submitOnline(CODE, marriage(), commune(), new Applicant("Nguyễn Văn An", null,
                "0912345678", null), 8L, "{}", at("2026-11-16T07:30"));
        desk = open("deskReceives", Role.DESK_OFFICER, at("2026-11-16T07:30"), 8);
        record(Kind.START, at("2026-11-16T08:00"), null, null, null, "motcua.tdm");
        dossier.accept("motcua.tdm", at("2026-11-16T08:00"), legal().due());
        desk.redue(legal().stepDue(desk.getOpenedAt(), Duration.ofHours(8)));
        finish(desk, "motcua.tdm", at("2026-11-16T08:00"));
        specialist = open("specialistHandles", Role.SPECIALIST, at("2026-11-16T08:00"), 24);

        record(Kind.PAUSE, at("2026-11-16T09:00"), null, "SUPPLEMENT_REQUESTED",
                "Thiếu giấy xác nhận tình trạng hôn nhân", "chuyenvien.tdm");
        record(Kind.RESTART, at("2026-11-17T09:00"), null, "CLOCK_RESTARTED", null, "motcua.tdm");
        dueAfterRestart = legal().due();
        extendedDue = CALENDAR.plusWorkingTime(dueAfterRestart, Duration.ofHours(16));
        record(Kind.EXTEND, at("2026-11-17T10:00"), extendedDue, "APOLOGY", REASON, "lanhdao.tdm");
        specialist.redue(legal().stepDue(specialist.getOpenedAt(), Duration.ofHours(24)));

        Instant handedOn = CALENDAR.plusWorkingTime(specialist.getDueAt(), Duration.ofHours(2));
        finish(specialist, "chuyenvien.tdm", handedOn);
        leader = open("leaderApproves", Role.LEADER, handedOn, 4);
        finish(leader, "lanhdao.tdm", leader.getDueAt());
        clerk = open("clerkIssues", Role.CLERK, leader.getDueAt(), 4);
        now = CALENDAR.plusWorkingTime(clerk.getDueAt(), Duration.ofHours(1));
    }

    @Test
    void theSheetHasOneRowPerStepWithWhoGaveAndReceivedAndHowEachStepStands() {
        ControlSheet sheet = sheet();

        assertThat(sheet.handovers()).extracting(Handover::stepName, Handover::standing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tiếp nhận hồ sơ", Standing.EARLY),
                org.assertj.core.groups.Tuple.tuple("Thụ lý, thẩm định", Standing.LATE),
                org.assertj.core.groups.Tuple.tuple("Phê duyệt", Standing.ON_TIME),
                org.assertj.core.groups.Tuple.tuple("Vào số, phát hành", Standing.OVERDUE));
        Party applicant = Party.applicant("Nguyễn Văn An");
        Party deskOfficer = Party.official("Nguyễn Thị Thu Hà", "DESK_OFFICER", null);
        Party handler = Party.official("Trần Văn Bình", "SPECIALIST", null);
        Party head = Party.official("Phạm Quốc Hùng", "LEADER", null);
        assertThat(sheet.handovers()).extracting(Handover::giver, Handover::receiver).containsExactly(
                org.assertj.core.groups.Tuple.tuple(applicant, deskOfficer),
                org.assertj.core.groups.Tuple.tuple(deskOfficer, handler),
                org.assertj.core.groups.Tuple.tuple(handler, head),
                org.assertj.core.groups.Tuple.tuple(head, Party.official(null, "CLERK", null)));
        assertThat(sheet.handovers().get(1).notes()).extracting(Note::kind, Note::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PAUSE", "Thiếu giấy xác nhận tình trạng hôn nhân"),
                org.assertj.core.groups.Tuple.tuple("RESTART", null),
                org.assertj.core.groups.Tuple.tuple("EXTEND", REASON));
        assertThat(sheet.handovers().get(1).notes().get(2).extendedTo()).isEqualTo(local(extendedDue));
        assertThat(sheet.handovers().get(0).notes()).isEmpty();
        assertThat(sheet.handovers().get(1).dueAt()).isBefore(sheet.handovers().get(1).finishedAt());
        assertThat(sheet.receivedAt()).isEqualTo(LocalDateTime.parse("2026-11-16T08:00"));
        assertThat(sheet.dueAt()).isEqualTo(local(extendedDue));
        assertThat(sheet.originalDueAt()).as("the restart's full time limit, before the extension")
                .isEqualTo(local(dueAfterRestart)).isEqualTo(LocalDateTime.parse("2026-11-24T09:00"));
        assertThat(sheet.agency()).isEqualTo("Ủy ban nhân dân phường Thủ Dầu Một");
        assertThat(sheet.coordinatingAgencies()).isEmpty();
        assertThat(sheet.printedAt()).isEqualTo(local(now));
    }

    @Test
    void theSheetAsPdfCarriesTheCodeTheTimesAndEachRowsResult() throws IOException {
        String text = text(PdfRenderer.withDefaults().render(ControlSheet.TEMPLATE, sheet()));

        assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mã hồ sơ: " + CODE.value(),
                "Kèm theo hồ sơ của: Nguyễn Văn An", "Nội dung yêu cầu giải quyết: Đăng ký kết hôn",
                "Thời gian nhận hồ sơ: 08 giờ 00 phút, ngày 16 tháng 11 năm 2026",
                "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 26 tháng 11 năm 2026 (đã gia hạn)",
                "Thời gian hẹn trả kết quả ban đầu: 09 giờ 00 phút, ngày 24 tháng 11 năm 2026",
                "Thời gian hẹn trả kết quả ban đầu: 09 giờ 00 phút, ngày 24 tháng 11 năm 2026");
        String table = text.substring(text.indexOf("1. Tiếp nhận hồ sơ"));
        String[] rows = table.split("(?=\\s\\d\\. )");
        assertThat(rows).hasSize(4);
        assertThat(rows[0]).contains("1. Tiếp nhận hồ sơ", "Giao: Nguyễn Văn An (người nộp hồ sơ)",
                "Nhận: Nguyễn Thị Thu Hà", "07 giờ 30 phút 16/11/2026 08 giờ 00 phút 17/11/2026 08 giờ 00 phút "
                        + "16/11/2026 Trước hạn");
        assertThat(rows[1]).contains("2. Thụ lý, thẩm định", "Nhận: Trần Văn Bình (chuyên viên xử lý)",
                "08 giờ 00 phút 16/11/2026 09 giờ 00 phút 20/11/2026 11 giờ 00 phút 20/11/2026 Quá hạn",
                "Tạm dừng tính thời gian từ 09 giờ 00 phút, ngày 16 tháng 11 năm 2026. Lý do: Thiếu giấy xác nhận "
                        + "tình trạng hôn nhân",
                "Gia hạn, hẹn lại ngày trả kết quả: 09 giờ 00 phút, ngày 26 tháng 11 năm 2026. Lý do: " + REASON);
        assertThat(rows[2]).contains("3. Phê duyệt", "Nhận: Phạm Quốc Hùng (lãnh đạo)",
                "11 giờ 00 phút 20/11/2026 17 giờ 00 phút 20/11/2026 17 giờ 00 phút 20/11/2026 Đúng hạn");
        assertThat(rows[3]).contains("4. Vào số, phát hành", "Nhận: Văn thư",
                "17 giờ 00 phút 20/11/2026 11 giờ 00 phút 23/11/2026 Đang xử lý (đã quá hạn)")
                .doesNotContain("Trước hạn", "Đúng hạn");
    }

    @Test
    void whileTheClockIsPausedTheOpenStepWaitsAndTheSheetHasNoAppointment() {
        Dossier paused = Dossier.submitOnline(CODE, marriage(), commune(), new Applicant("Nguyễn Văn An", null,
                null, null), 8L, "{}", at("2026-11-16T07:30"));
        paused.recordClock(Kind.START, at("2026-11-16T08:00"), null, null, null, "motcua.tdm");
        paused.accept("motcua.tdm", at("2026-11-16T08:00"), at("2026-11-23T08:00"));
        paused.recordClock(Kind.PAUSE, at("2026-11-16T09:00"), null, "SUPPLEMENT_REQUESTED", "Thiếu giấy tờ",
                "chuyenvien.tdm");
        paused.derivedDue(null, null);
        StepRecord open = new StepRecord(1L, "t", "specialistHandles", "000.30.01.H29", Role.SPECIALIST,
                at("2026-11-16T08:00"), at("2026-11-19T08:00"));

        ControlSheet sheet = LegalTimeDocuments.controlSheetOf(paused, List.of(open),
                new LegalClock(paused.clockEvents(), FIVE_DAYS, CALENDAR), NAMES::get, code -> code,
                at("2026-11-18T08:00"));

        assertThat(sheet.dueAt()).isNull();
        assertThat(sheet.originalDueAt()).isNull();
        assertThat(sheet.handovers()).singleElement().satisfies(row -> {
            assertThat(row.standing()).isEqualTo(Standing.PAUSED);
            assertThat(row.receiver()).isEqualTo(Party.official(null, "SPECIALIST", null));
            assertThat(row.notes()).extracting(Note::kind).containsExactly("PAUSE");
        });
    }

    @Test
    void aStepOfAnotherUnitNamesThatUnitAsCoordinating() {
        StepRecord tax = new StepRecord(1L, "tax", "taxConfirms", "000.31.01.H29", Role.SPECIALIST,
                clerk.getOpenedAt(), null);
        steps.add(tax);

        ControlSheet sheet = sheet();

        assertThat(sheet.coordinatingAgencies()).containsExactly("Chi cục Thuế khu vực Thủ Dầu Một");
        assertThat(sheet.handovers().get(4).stepName()).as("a step outside the template keeps its key")
                .isEqualTo("taxConfirms");
        assertThat(sheet.handovers().get(4).receiver())
                .isEqualTo(Party.official(null, "SPECIALIST", "Chi cục Thuế khu vực Thủ Dầu Một"));
        assertThat(sheet.handovers().get(4).standing()).isEqualTo(Standing.IN_PROGRESS);
    }

    @Test
    void theApologyReplacesTheAppointmentHeldWhenTheLeaderExtendedIt() {
        ApologyLetter letter = apology();

        assertThat(letter.dueAt()).isEqualTo(local(dueAfterRestart));
        assertThat(letter.newDueAt()).isEqualTo(local(extendedDue));
        assertThat(letter.reason()).isEqualTo(REASON);
        assertThat(letter.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(letter.parentAgency()).isEqualTo("Ủy ban nhân dân");
        assertThat(letter.agency()).isEqualTo("phường Thủ Dầu Một");
        assertThat(letter.agencyName()).isEqualTo("Ủy ban nhân dân phường Thủ Dầu Một");
        assertThat(letter.place()).isEqualTo("Thủ Dầu Một");
        assertThat(letter.number()).as("the clerk numbers the letter when issuing it").isNull();
        assertThat(letter.signerName()).isEqualTo("Phạm Quốc Hùng");
        assertThat(letter.signerPosition()).isEqualTo("Phó Chủ tịch");
    }

    @Test
    void theApologyAsPdfCarriesTheReasonAndBothAppointments() throws IOException {
        String text = text(PdfRenderer.withDefaults().render(ApologyLetter.TEMPLATE, apology()));

        assertThat(text).contains("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Thủ Dầu Một, ngày 17 tháng 11 năm 2026", "Kính gửi: Ông/Bà Nguyễn Văn An.",
                "mã hồ sơ " + CODE.value(),
                "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 24 tháng 11 năm 2026.",
                "lý do: " + REASON + ".",
                "hẹn lại thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 26 tháng 11 năm 2026.",
                "PHÓ CHỦ TỊCH", "Phạm Quốc Hùng");
    }

    private ControlSheet sheet() {
        return LegalTimeDocuments.controlSheetOf(dossier, steps, legal(), NAMES::get,
                code -> code.equals("000.31.01.H29") ? "Chi cục Thuế khu vực Thủ Dầu Một" : code, now);
    }

    private ApologyLetter apology() {
        ClockEntry extension = dossier.getClock().stream().filter(e -> e.getKind() == Kind.EXTEND).findFirst()
                .orElseThrow();
        return LegalTimeDocuments.apologyLetterOf(dossier, extension,
                LegalTimeDocuments.dueBefore(dossier, extension, legal()), "Phạm Quốc Hùng", "Phó Chủ tịch");
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }

    private static OrgUnit commune() {
        OrgUnit city = instance(OrgUnit.class, Map.of("id", 1L, "code", "000.00.00.H29",
                "name", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "level", UnitLevel.PROVINCE,
                "validFrom", LocalDate.of(2025, 7, 1)));
        return instance(OrgUnit.class, Map.of("id", 2L, "code", "000.30.01.H29",
                "name", "Ủy ban nhân dân phường Thủ Dầu Một", "level", UnitLevel.COMMUNE, "parent", city,
                "validFrom", LocalDate.of(2025, 7, 1)));
    }

    private static ProcedureVersion marriage() {
        Procedure procedure = instance(Procedure.class, Map.of("id", 1L, "code", "1.000894",
                "name", "Đăng ký kết hôn", "field", "Hộ tịch"));
        return instance(ProcedureVersion.class, Map.of("id", 1L, "procedure", procedure, "versionNo", 1,
                "validFrom", LocalDate.of(2016, 1, 1), "processKey", "singleAgencyBasic",
                "duration", new ProcessingTime(5, DurationUnit.WORKING_DAYS), "resultName", "Giấy chứng nhận kết hôn",
                "steps", new ArrayList<>(List.of(
                        new StepAllocation("deskReceives", "Tiếp nhận hồ sơ", Role.DESK_OFFICER, BigDecimal.valueOf(8)),
                        new StepAllocation("specialistHandles", "Thụ lý, thẩm định", Role.SPECIALIST,
                                BigDecimal.valueOf(24)),
                        new StepAllocation("leaderApproves", "Phê duyệt", Role.LEADER, BigDecimal.valueOf(4)),
                        new StepAllocation("clerkIssues", "Vào số, phát hành", Role.CLERK, BigDecimal.valueOf(4))))));
    }

    /** Reference entities are only ever loaded from the database: the test fills their fields reflectively. */
    private static <T> T instance(Class<T> type, Map<String, Object> fields) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                Field f = type.getDeclaredField(field.getKey());
                f.setAccessible(true);
                f.set(instance, field.getValue());
            }
            return instance;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }
}
