package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.AgencyNames;
import vn.motcua.documents.rendering.ApologyLetter;
import vn.motcua.documents.rendering.ControlSheet;
import vn.motcua.documents.rendering.ControlSheet.Handover;
import vn.motcua.documents.rendering.ControlSheet.Note;
import vn.motcua.documents.rendering.ControlSheet.Party;
import vn.motcua.documents.rendering.ControlSheet.Standing;
import vn.motcua.documents.rendering.PdfRenderer;

/**
 * The two documents of the legal time rendered to PDF and read back with PDFBox: the process control sheet (form 06)
 * with one row per handover and its early / on-time / late result, and the apology with the new appointment (form
 * 04). The PDFs are kept in {@code target/documents/} to look at.
 */
class LegalTimePdfTest {

    private static final String CODE = "000.30.01.H29-260316-0007";
    private static final String AGENCY = "Ủy ban nhân dân phường Thủ Dầu Một";
    private static final String APPLICANT = "Nguyễn Thị Thuỳ Dương";
    private static final String PROCEDURE = "Đăng ký kết hôn";

    private final PdfRenderer renderer = PdfRenderer.withDefaults();

    @Test
    void theControlSheetHasTheHeaderAndOneRowPerHandoverWithItsResult() throws IOException {
        byte[] pdf = renderer.render(ControlSheet.TEMPLATE, controlSheet());
        keep("control-sheet.pdf", pdf);
        String text = text(pdf, false);

        assertThat(text).contains(
                "ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT",
                "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Kèm theo hồ sơ của: " + APPLICANT,
                "Mã hồ sơ: " + CODE,
                "Nội dung yêu cầu giải quyết: " + PROCEDURE,
                "Thời gian nhận hồ sơ: 08 giờ 00 phút, ngày 16 tháng 3 năm 2026",
                "Thời gian hẹn trả kết quả: 16 giờ 00 phút, ngày 25 tháng 3 năm 2026 (đã gia hạn)",
                "Thời gian hẹn trả kết quả ban đầu: 09 giờ 00 phút, ngày 24 tháng 3 năm 2026",
                "Cơ quan giải quyết hồ sơ: " + AGENCY,
                "Cơ quan phối hợp giải quyết: Chi cục Thuế khu vực Thủ Dầu Một");
    }

    @Test
    void eachRowSaysWhoGaveAndWhoReceivedWhenAndHowTheStepFinished() throws IOException {
        String[] rows = rows(text(renderer.render(ControlSheet.TEMPLATE, controlSheet()), false));

        assertThat(rows).hasSize(5);
        assertThat(rows[0]).contains("1. Tiếp nhận hồ sơ",
                "Giao: " + APPLICANT + " (người nộp hồ sơ)",
                "Nhận: Nguyễn Thị Thu Hà (Bộ phận Tiếp nhận và Trả kết quả)",
                "07 giờ 45 phút 16/03/2026 07 giờ 45 phút 17/03/2026 08 giờ 00 phút 16/03/2026 Trước hạn");
        assertThat(rows[1]).contains("2. Thụ lý, thẩm định",
                "Giao: Nguyễn Thị Thu Hà (Bộ phận Tiếp nhận và Trả kết quả)",
                "Nhận: Trần Văn Bình (chuyên viên xử lý)",
                "08 giờ 00 phút 16/03/2026 17 giờ 00 phút 19/03/2026 10 giờ 30 phút 20/03/2026 Quá hạn",
                "Tạm dừng tính thời gian từ 09 giờ 00 phút, ngày 16 tháng 3 năm 2026. Lý do: Thiếu giấy xác nhận tình trạng "
                        + "hôn nhân",
                "Tính lại thời gian từ đầu từ 09 giờ 00 phút, ngày 17 tháng 3 năm 2026",
                "Gia hạn, hẹn lại ngày trả kết quả: 16 giờ 00 phút, ngày 25 tháng 3 năm 2026. Lý do: "
                        + "Cần xác minh");
        assertThat(rows[2]).contains("3. Xác nhận nghĩa vụ thuế", "Nhận: Chuyên viên xử lý, Chi cục Thuế khu vực "
                + "Thủ Dầu Một", "Đúng hạn");
        assertThat(rows[3]).contains("4. Phê duyệt", "Giao: Trần Văn Bình (chuyên viên xử lý)",
                "Nhận: Phạm Quốc Hùng (lãnh đạo)", "10 giờ 30 phút 20/03/2026 14 giờ 30 phút 20/03/2026 Đang xử lý "
                        + "(đã quá hạn)");
        assertThat(rows[4]).contains("5. Vào số, phát hành", "Nhận: Văn thư", "Đang xử lý")
                .doesNotContain("Trước hạn", "Đúng hạn", "Quá hạn");
    }

    @Test
    void aPausedDossierHasNoAppointmentOnItsSheet() throws IOException {
        ControlSheet sheet = controlSheet();
        ControlSheet paused = new ControlSheet(sheet.agency(), sheet.dossierCode(), sheet.applicantName(),
                sheet.procedureName(), sheet.receivedAt(), null, null, sheet.handlingAgency(), List.of(),
                List.of(new Handover("Thụ lý, thẩm định", Party.official("Nguyễn Thị Thu Hà", "DESK_OFFICER", null),
                        Party.official(null, "SPECIALIST", null), at(16, 8, 0), null, null, Standing.PAUSED,
                        List.of())), sheet.printedAt());

        String text = text(renderer.render(ControlSheet.TEMPLATE, paused), false);

        assertThat(text).contains("Thời gian hẹn trả kết quả: chưa xác định, thời gian giải quyết đang tạm dừng",
                "Nhận: Chuyên viên xử lý", "Đang tạm dừng tính thời gian")
                .doesNotContain("ban đầu", "Cơ quan phối hợp");
    }

    @Test
    void theApologyGivesTheReasonTheFormerAndTheNewAppointmentAndIsSignedByTheLeader() throws IOException {
        byte[] pdf = renderer.render(ApologyLetter.TEMPLATE, apology("Phó Chủ tịch"));
        keep("apology-letter.pdf", pdf);
        String text = text(pdf, true);

        assertThat(text).contains(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN",
                "PHƯỜNG THỦ DẦU MỘT",
                "Số: ……",
                "Thủ Dầu Một, ngày 17 tháng 3 năm 2026",
                "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Kính gửi: Ông/Bà " + APPLICANT + ".",
                "Ngày 16 tháng 3 năm 2026, " + AGENCY + " tiếp nhận hồ sơ của Ông/Bà " + APPLICANT
                        + " đề nghị giải quyết thủ tục hành chính “" + PROCEDURE + "”, mã hồ sơ " + CODE + ".",
                "Thời gian nhận hồ sơ: 08 giờ 00 phút, ngày 16 tháng 3 năm 2026.",
                "Thời gian hẹn trả kết quả: 09 giờ 00 phút, ngày 24 tháng 3 năm 2026.",
                "không thể trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời hạn đã hẹn, lý do: Cần xác minh thông "
                        + "tin tại nơi cư trú trước đây của người yêu cầu.",
                AGENCY + " thành thật xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 "
                        + "phút, ngày 25 tháng 3 năm 2026.",
                "Nơi nhận:", "- Ông/Bà " + APPLICANT + ";", "- Bộ phận Tiếp nhận và Trả kết quả;", "- Lưu: VT;",
                "PHÓ CHỦ TỊCH",
                "Phạm Quốc Hùng");
    }

    @Test
    void anApologyWithoutARecordedPositionIsSignedForTheAgency() throws IOException {
        assertThat(text(renderer.render(ApologyLetter.TEMPLATE, apology(null)), true))
                .contains("ĐẠI DIỆN CƠ QUAN", "Phạm Quốc Hùng");
    }

    @Test
    void anApologyNeedsAReasonAndALaterAppointment() {
        ApologyLetter letter = apology(null);
        assertThatIllegalArgumentException().isThrownBy(() -> new ApologyLetter(letter.parentAgency(),
                letter.agency(), letter.agencyName(), null, letter.place(), letter.issuedOn(), letter.applicantName(),
                letter.dossierCode(), letter.procedureName(), letter.receivedAt(), letter.dueAt(), " ",
                letter.newDueAt(), null, letter.signerName()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ApologyLetter(letter.parentAgency(),
                letter.agency(), letter.agencyName(), null, letter.place(), letter.issuedOn(), letter.applicantName(),
                letter.dossierCode(), letter.procedureName(), letter.receivedAt(), letter.dueAt(), letter.reason(),
                letter.dueAt(), null, letter.signerName()));
    }

    @Test
    void aFinishedStepHasItsFinishingTimeAndAnOpenOneHasNone() {
        Party desk = Party.official("Nguyễn Thị Thu Hà", "DESK_OFFICER", null);
        assertThatIllegalArgumentException().isThrownBy(() -> new Handover("Phê duyệt", desk, desk, at(16, 8, 0),
                null, null, Standing.LATE, List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Handover("Phê duyệt", desk, desk, at(16, 8, 0),
                null, at(16, 9, 0), Standing.WITHIN_TIME, List.of()));
    }

    @Test
    void aPeoplesCommitteeHeadsItsOwnDocumentsAndThePlaceIsItsUnitsName() {
        assertThat(AgencyNames.heading(AGENCY, "Ủy ban nhân dân Thành phố Hồ Chí Minh"))
                .isEqualTo(new AgencyNames.Heading("Ủy ban nhân dân", "phường Thủ Dầu Một"));
        assertThat(AgencyNames.heading("Sở Nội vụ tỉnh Bình Dương", "Ủy ban nhân dân tỉnh Bình Dương"))
                .isEqualTo(new AgencyNames.Heading("Ủy ban nhân dân tỉnh Bình Dương", "Sở Nội vụ tỉnh Bình Dương"));
        assertThat(AgencyNames.heading("Sở Nội vụ tỉnh Bình Dương", null).parent()).isNull();

        assertThat(AgencyNames.place(AGENCY)).isEqualTo("Thủ Dầu Một");
        assertThat(AgencyNames.place("Sở Nội vụ tỉnh Bình Dương")).isEqualTo("Bình Dương");
        assertThat(AgencyNames.place("Ủy ban nhân dân phường Xã Đàn")).isEqualTo("Xã Đàn");
        assertThat(AgencyNames.place("Ủy ban nhân dân Thành phố Hồ Chí Minh")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(AgencyNames.place("Chi cục Thuế khu vực Thủ Dầu Một")).isEqualTo("Chi cục Thuế khu vực Thủ Dầu Một");
    }

    static ControlSheet controlSheet() {
        Party applicant = Party.applicant(APPLICANT);
        Party desk = Party.official("Nguyễn Thị Thu Hà", "DESK_OFFICER", null);
        Party specialist = Party.official("Trần Văn Bình", "SPECIALIST", null);
        Party leader = Party.official("Phạm Quốc Hùng", "LEADER", null);
        return new ControlSheet(AGENCY, CODE, APPLICANT, PROCEDURE, at(16, 8, 0), at(25, 16, 0), at(24, 9, 0),
                AGENCY, List.of("Chi cục Thuế khu vực Thủ Dầu Một"), List.of(
                new Handover("Tiếp nhận hồ sơ", applicant, desk, at(16, 7, 45), at(17, 7, 45), at(16, 8, 0),
                        Standing.EARLY, List.of()),
                new Handover("Thụ lý, thẩm định", desk, specialist, at(16, 8, 0), at(19, 17, 0), at(20, 10, 30),
                        Standing.LATE, List.of(
                        new Note("PAUSE", at(16, 9, 0), null, "Thiếu giấy xác nhận tình trạng hôn nhân"),
                        new Note("RESTART", at(17, 9, 0), null, null),
                        new Note("EXTEND", at(17, 10, 0), at(25, 16, 0), "Cần xác minh"))),
                new Handover("Xác nhận nghĩa vụ thuế", specialist,
                        Party.official(null, "SPECIALIST", "Chi cục Thuế khu vực Thủ Dầu Một"), at(19, 8, 0),
                        at(19, 17, 0), at(19, 17, 0), Standing.ON_TIME, List.of()),
                new Handover("Phê duyệt", specialist, leader, at(20, 10, 30), at(20, 14, 30), null,
                        Standing.OVERDUE, List.of()),
                new Handover("Vào số, phát hành", leader, Party.official(null, "CLERK", null), at(20, 11, 0),
                        null, null, Standing.IN_PROGRESS, List.of())),
                at(23, 15, 20));
    }

    static ApologyLetter apology(String position) {
        return new ApologyLetter("Ủy ban nhân dân", "phường Thủ Dầu Một", AGENCY, null, "Thủ Dầu Một",
                LocalDate.of(2026, 3, 17), APPLICANT, CODE, PROCEDURE, at(16, 8, 0), at(24, 9, 0),
                "Cần xác minh thông tin tại nơi cư trú trước đây của người yêu cầu.", at(25, 16, 0), position,
                "Phạm Quốc Hùng");
    }

    private static LocalDateTime at(int dayOfMarch, int hour, int minute) {
        return LocalDateTime.of(2026, 3, dayOfMarch, hour, minute);
    }

    /** The rows of the control sheet's table, each as its cells' text in reading order. */
    static String[] rows(String unsortedText) {
        String table = unsortedText.substring(unsortedText.indexOf("Ghi chú") + "Ghi chú".length(),
                unsortedText.indexOf("In lúc"));
        return java.util.Arrays.stream(table.split("(?=\\s\\d\\. )")).map(String::strip)
                .filter(row -> !row.isEmpty()).toArray(String[]::new);
    }

    /**
     * The text of a PDF in NFC with white space runs made one space: by position on the page, or in the order the
     * renderer wrote it (each table cell whole, cell after cell).
     */
    static String text(byte[] pdf, boolean byPosition) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "documents");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }
}
