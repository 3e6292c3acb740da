package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.TrackingBook;
import vn.motcua.documents.rendering.TrackingBook.Entry;

/** Form 07 (Circular 03/2025; 06 of Circular 01/2018): the desk's register, one row per dossier, on landscape A4. */
class TrackingBookPdfTest {

    private final PdfRenderer renderer = PdfRenderer.withDefaults();

    @Test
    void theRegisterHasTheColumnsAndOneRowPerDossierInOrder() throws IOException {
        byte[] pdf = renderer.render(TrackingBook.TEMPLATE, FormSamples.trackingBook());
        PdfReading.keep("tracking-book.pdf", pdf);
        String text = PdfReading.text(pdf, true);
        String cells = PdfReading.text(pdf, false);

        assertThat(text).contains("ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Thủ Dầu Một, ngày 23 tháng 3 năm 2026", "SỔ THEO DÕI HỒ SƠ",
                "Quyển số: 03. Từ ngày 16/03/2026 đến ngày 20/03/2026");
        assertThat(cells).containsSubsequence("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)",
                "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Ngày, tháng, năm",
                "Ghi chú", "Nhận hồ sơ", "Hẹn trả kết quả", "Chuyển hồ sơ đến cơ quan giải quyết",
                "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả cho cá nhân, tổ chức");
        assertThat(cells).containsSubsequence(
                "Đăng ký kết hôn", "Nguyễn Thị Hồng Nhung", "Số 25 đường Yersin, 0913 456 789",
                "Ủy ban nhân dân phường Thủ Dầu Một",
                "16/03/2026 08h00", "20/03/2026 16h00", "16/03/2026 09h00",
                "19/03/2026 15h00", "20/03/2026 09h30", "Trả trực tiếp",
                "Chứng thực bản sao từ bản chính", "Võ Hoàng Yến", "17/03/2026 14h05",
                "17/03/2026 15h40",
                "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "Hộ kinh doanh Tiệm vàng Kim Hưng",
                "Trả qua dịch vụ bưu chính công ích");
        assertThat(cells.replaceAll("\\s", "")).containsSubsequence(FormSamples.CODE, "000.30.01.H09-260317-0002",
                "000.30.01.H09-260318-0011");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
        }
    }

    @Test
    void anEmptyPeriodSaysSo() {
        TrackingBook b = FormSamples.trackingBook();
        TrackingBook empty = new TrackingBook(b.parentAgency(), b.agency(), null, null, b.from(), b.to(), b.place(),
                b.printedOn(), List.of());

        assertThat(PdfReading.text(renderer.render(TrackingBook.TEMPLATE, empty), true))
                .contains("Từ ngày 16/03/2026 đến ngày 20/03/2026",
                        "Không có hồ sơ nào được tiếp nhận trong thời gian này.")
                .doesNotContain("Quyển số");
    }

    @Test
    void anEntryNeedsItsApplicantAndCannotBeReturnedBeforeItIsReceived() {
        Entry e = FormSamples.trackingBook().entries().get(0);
        assertThatIllegalArgumentException().isThrownBy(() -> new Entry(e.dossierCode(), e.procedureName(), 1, "",
                        null, e.handlingAgency(), e.receivedAt(), null, null, null, null, null))
                .withMessage("applicant is required: " + e.dossierCode());
        assertThatIllegalArgumentException().isThrownBy(() -> new Entry(e.dossierCode(), e.procedureName(), 1,
                        e.applicantName(), null, e.handlingAgency(), e.receivedAt(), null, null, null,
                        e.receivedAt().minusHours(1), null))
                .withMessageContaining("after it is received");
    }
}
