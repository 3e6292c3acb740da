package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.ReceiptRefusal;

/** Form 03: the refusal to receive a dossier states every reason. */
class ReceiptRefusalPdfTest {

    @Test
    void theRefusalNamesTheApplicantTheProcedureAndEveryReason() {
        byte[] pdf = PdfRenderer.withDefaults().render(ReceiptRefusal.TEMPLATE, FormSamples.refusal());
        PdfReading.keep("receipt-refusal.pdf", pdf);
        String text = PdfReading.text(pdf, true);

        assertThat(PdfReading.text(pdf, false)).contains("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", "SỞ TƯ PHÁP",
                "Nơi nhận: - Ông Trần Văn Đức; - Lưu: VT;");
        assertThat(text).contains(
                "Số: 03/TCHS",
                "Bình Dương, ngày 05 tháng 02 năm 2026",
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "Bộ phận Tiếp nhận và Trả kết quả Sở Tư pháp tỉnh Bình Dương nhận được hồ sơ của:",
                "Ông/Bà: Trần Văn Đức",
                "Địa chỉ: Khu phố Bình Đức 1, phường Lái Thiêu, tỉnh Bình Dương",
                "Số điện thoại: 0988 111 222",
                "Nội dung yêu cầu giải quyết: Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Đặng Thị Thu Hương");
        assertThat(PdfReading.squeezed(text)).containsSubsequence(Stream.of(
                "Qua nghiên cứu, đối chiếu với các quy định tại Luật Công chứng năm 2024, hồ sơ của Ông/Bà không đủ "
                        + "điều kiện để tiếp nhận, giải quyết với lý do cụ thể như sau:",
                "1. Người nộp hồ sơ không phải là Trưởng Văn phòng công chứng và không có văn bản ủy quyền.",
                "2. Văn phòng công chứng Thuận An đang bị tạm đình chỉ hoạt động.",
                "Xin thông báo để Ông/Bà được biết và thực hiện./.").map(PdfReading::squeezed).toArray(String[]::new));
        assertThat(text).doesNotContain("Mã hồ sơ", "Thư điện tử");
    }

    @Test
    void aRefusalWithoutAReasonIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> withReasons(List.of()))
                .withMessage("a refusal states its reasons, at least one, none blank");
        assertThatIllegalArgumentException().isThrownBy(() -> withReasons(List.of("Hồ sơ không đúng thẩm quyền", " ")))
                .withMessageContaining("none blank");
    }

    private static ReceiptRefusal withReasons(List<String> reasons) {
        ReceiptRefusal r = FormSamples.refusal();
        return new ReceiptRefusal(r.letterhead(), r.title(), r.desk(), r.dossierCode(), r.applicantName(),
                r.applicantAddress(), r.phone(), r.email(), r.procedureName(), r.legalBasis(), reasons, r.signer(),
                r.recipients());
    }
}
