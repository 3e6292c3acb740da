package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.SupplementRequest;
import vn.motcua.documents.rendering.SupplementRequest.Item;

/**
 * Form 02: the request to supplement or complete a dossier lists every missing or incorrect paper at once, each with
 * its reason, and the applicant's deadline.
 */
class SupplementRequestPdfTest {

    @Test
    void theRequestListsEveryItemWithItsReasonAndTheDeadline() {
        byte[] pdf = PdfRenderer.withDefaults().render(SupplementRequest.TEMPLATE, FormSamples.supplementRequest());
        PdfReading.keep("supplement-request.pdf", pdf);
        String text = PdfReading.text(pdf, true);

        assertThat(PdfReading.text(pdf, false)).contains("ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT",
                "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
        assertThat(text).contains(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 12/HDHS",
                "Thủ Dầu Một, ngày 16 tháng 3 năm 2026",
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Mã hồ sơ: " + FormSamples.CODE,
                FormSamples.DESK + " tiếp nhận hồ sơ của:",
                "Ông/Bà: Nguyễn Thị Hồng Nhung",
                "Địa chỉ: Số 25 đường Yersin, phường Thủ Dầu Một, tỉnh Bình Dương",
                "Số điện thoại: 0913 456 789; Thư điện tử: hongnhung@example.vn",
                "Nội dung yêu cầu giải quyết: Đăng ký kết hôn",
                "Thời hạn bổ sung, hoàn thiện hồ sơ: đến hết ngày 06 tháng 4 năm 2026.",
                "NGƯỜI HƯỚNG DẪN",
                "Lê Thị Mai");
        assertThat(PdfReading.squeezed(text)).containsSubsequence(squeezed(
                "Yêu cầu Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
                "1. Giấy xác nhận tình trạng hôn nhân của bên nam: Nộp bổ sung bản chính.",
                "Lý do: Hồ sơ chưa có giấy xác nhận do Ủy ban nhân dân nơi cư trú của bên nam cấp.",
                "2. Tờ khai đăng ký kết hôn: Ghi lại ngày, tháng, năm sinh của bên nữ.",
                "Lý do: Ngày sinh ghi trong tờ khai (12/5/1996) không khớp với thẻ Căn cước (21/5/1996).",
                "3. Bản sao Giấy chứng nhận đăng ký thường trú.",
                "Lý do: Bản sao thiếu trang 2, không đọc được nơi thường trú.",
                "Thời hạn bổ sung",
                "Quá thời hạn trên mà Ông/Bà không bổ sung, hoàn thiện hồ sơ thì hồ sơ sẽ được trả lại.",
                "Ông/Bà liên hệ với bà Lê Thị Mai, số điện thoại 0274 3822 123 để được hướng dẫn."));
        assertThat(text).doesNotContain("Nơi nhận:");
    }

    @Test
    void aRequestWithNothingToSupplementIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(List.of(), FormSamples.APPLICANT))
                .withMessage("a supplement request lists every missing or incorrect item, at least one");
        assertThatIllegalArgumentException().isThrownBy(() -> with(null, FormSamples.APPLICANT))
                .withMessageContaining("at least one");
    }

    @Test
    void aRequestNeedsTheApplicantAndEachItemItsReason() {
        List<Item> items = FormSamples.supplementRequest().items();
        assertThatIllegalArgumentException().isThrownBy(() -> with(items, " "))
                .withMessage("applicant is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new Item("Tờ khai đăng ký kết hôn", "Ký lại", ""))
                .withMessage("each supplement item gives its reason: Tờ khai đăng ký kết hôn");
    }

    @Test
    void theDeadlineIsNotBeforeTheRequest() {
        SupplementRequest r = FormSamples.supplementRequest();
        assertThatIllegalArgumentException().isThrownBy(() -> new SupplementRequest(r.letterhead(), r.title(),
                        r.desk(), r.dossierCode(), r.applicantName(), r.applicantAddress(), r.phone(), r.email(),
                        r.procedureName(), r.items(), LocalDate.of(2026, 3, 15), r.afterDeadline(), r.contact(),
                        r.signer(), r.recipients()))
                .withMessageContaining("deadline");
    }

    private static String[] squeezed(String... expected) {
        return java.util.Arrays.stream(expected).map(PdfReading::squeezed).toArray(String[]::new);
    }

    private static SupplementRequest with(List<Item> items, String applicant) {
        SupplementRequest r = FormSamples.supplementRequest();
        return new SupplementRequest(r.letterhead(), r.title(), r.desk(), r.dossierCode(), applicant,
                r.applicantAddress(), r.phone(), r.email(), r.procedureName(), items, r.deadline(),
                r.afterDeadline(), r.contact(), r.signer(), r.recipients());
    }
}
