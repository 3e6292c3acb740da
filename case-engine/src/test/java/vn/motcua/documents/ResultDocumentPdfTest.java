package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.motcua.documents.rendering.ResultDocument.PERSON_BOX_LEFT;
import static vn.motcua.documents.rendering.ResultDocument.PERSON_BOX_RIGHT;
import static vn.motcua.documents.rendering.ResultDocument.SEAL_BOX_LEFT;
import static vn.motcua.documents.rendering.ResultDocument.SEAL_BOX_RIGHT;
import static vn.motcua.documents.rendering.ResultDocument.SIGNATURE_AREA_BOTTOM;
import static vn.motcua.documents.rendering.ResultDocument.SIGNATURE_AREA_HEIGHT;
import static vn.motcua.documents.rendering.ResultDocument.SIGNATURE_AREA_LEFT;
import static vn.motcua.documents.rendering.ResultDocument.SIGNATURE_AREA_RIGHT;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.documents.rendering.Letterhead;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.ResultDocument;
import vn.motcua.documents.rendering.ResultDocument.Field;

/**
 * The result document: official layout, applicant, fields and signer come back as written; its QR code decodes to
 * the verification link; and the last page keeps the signature area empty, however long the document is.
 */
class ResultDocumentPdfTest {

    private static final PdfRenderer RENDERER = PdfRenderer.withDefaults();
    private static final float TOP = SIGNATURE_AREA_BOTTOM + SIGNATURE_AREA_HEIGHT;
    private static final String ALL_LETTERS = "à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ "
            + "ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ Đ Ă Â Ê Ô Ơ Ư Ử Ỹ Ợ Ằ Ấ Ể Ồ Ờ Ừ Ỵ";

    private static byte[] certificate;

    @BeforeAll
    static void render() {
        certificate = RENDERER.render(ResultDocument.TEMPLATE, FormSamples.birthCertificate());
        PdfReading.keep("result-document.pdf", certificate);
    }

    @Test
    void theResultComesBackAsWritten() {
        String text = PdfReading.text(certificate, true);

        assertThat(text).contains(
                "ỦY BAN NHÂN DÂN",
                "PHƯỜNG THỦ DẦU MỘT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 15/GCN-UBND",
                "Thủ Dầu Một, ngày 15 tháng 01 năm 2026",
                "GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH",
                "Người đi đăng ký khai sinh: Nguyễn Thị Hồng Nhung",
                "Họ, chữ đệm, tên: Trần Gia Bảo",
                "Ngày, tháng, năm sinh: 02/01/2026",
                "Nơi sinh: Bệnh viện Đa khoa tỉnh Bình Dương",
                "Họ, chữ đệm, tên người mẹ: Nguyễn Thị Hồng Nhung",
                "Họ, chữ đệm, tên người cha: Trần Quốc Việt",
                "Đã đăng ký khai sinh tại Ủy ban nhân dân phường Thủ Dầu Một, tỉnh Bình Dương, số đăng ký 42, quyển "
                        + "số 01/2026.",
                "Nơi nhận:", "- Người đi đăng ký khai sinh;", "- Lưu: VT, HT;",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm",
                "Quét mã để kiểm tra tính xác thực của văn bản: " + FormSamples.VERIFY_URL,
                "Mã hồ sơ: 000.30.01.H09-260115-0042")
                .doesNotContain("?", "\uFFFD", "TM.");
        assertThat(PdfReading.embeddedFontFamilies(certificate)).containsExactly("LiberationSerif");
    }

    @Test
    void theQrCodeDecodesToTheVerificationLink() {
        assertThat(PdfReading.qrCode(certificate, PdfReading.pages(certificate) - 1, 200))
                .isEqualTo(FormSamples.VERIFY_URL);
    }

    @Test
    void everyVietnameseLetterRoundTrips() {
        byte[] pdf = RENDERER.render(ResultDocument.TEMPLATE, FormSamples.birthCertificate(List.of(ALL_LETTERS)));

        assertThat(PdfReading.text(pdf, true)).contains(ALL_LETTERS).doesNotContain("?", "\uFFFD");
    }

    @Test
    void anUnnumberedResultShowsDotsForTheClerk() {
        ResultDocument r = FormSamples.birthCertificate();
        Letterhead h = r.letterhead();
        ResultDocument unnumbered = new ResultDocument(new Letterhead(h.parentAgency(), h.agency(), null, null,
                h.place(), h.issuedOn()), r.title(), r.summary(), r.applicantLabel(), r.applicantName(), r.fields(),
                r.paragraphs(), r.recipients(), r.signer(), r.verificationUrl(), r.dossierCode());

        assertThat(PdfReading.text(RENDERER.render(ResultDocument.TEMPLATE, unnumbered), true))
                .contains("Số: ……/……").doesNotContain("Số: 15");
    }

    /**
     * The area is empty of text and of ink on the last page whether the document ends high or low on a page or runs
     * over several pages, and the signer block is on that page above it.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 4, 8, 10, 12, 14, 16, 20, 26})
    void theSignatureAreaOfTheLastPageIsEmpty(int paragraphs) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= paragraphs; i++) {
            body.add("Đoạn " + i + ". Ủy ban nhân dân phường Thủ Dầu Một chứng nhận việc đăng ký khai sinh nêu trên "
                    + "đã được ghi vào Sổ đăng ký khai sinh theo đúng quy định của Luật Hộ tịch.");
        }
        if (body.isEmpty()) {
            body = null;
        }
        byte[] pdf = RENDERER.render(ResultDocument.TEMPLATE, FormSamples.birthCertificate(body));
        PdfReading.keep("result-document-" + paragraphs + ".pdf", pdf);
        int last = PdfReading.pages(pdf) - 1;

        assertThat(PdfReading.textIn(pdf, last, SIGNATURE_AREA_LEFT, SIGNATURE_AREA_BOTTOM, SIGNATURE_AREA_RIGHT,
                TOP)).isBlank();
        assertThat(PdfReading.inkIn(pdf, last, SIGNATURE_AREA_LEFT, SIGNATURE_AREA_BOTTOM, SIGNATURE_AREA_RIGHT,
                TOP)).isZero();
        assertThat(PdfReading.textIn(pdf, last, 0, TOP, 595, 842)).contains("PHÓ CHỦ TỊCH", "Lê Văn Tâm");
    }

    @Test
    void theSignatureBoxesLieSideBySideInsideTheArea() {
        float mm = ResultDocument.POINTS_PER_MM;
        assertThat(SIGNATURE_AREA_BOTTOM).isCloseTo(20 * mm, Offset.offset(0.01f));
        assertThat(SIGNATURE_AREA_HEIGHT).isCloseTo(60 * mm, Offset.offset(0.01f));
        assertThat(SEAL_BOX_LEFT).isGreaterThanOrEqualTo(SIGNATURE_AREA_LEFT);
        assertThat(SEAL_BOX_RIGHT).isLessThan(PERSON_BOX_LEFT);
        assertThat(PERSON_BOX_RIGHT).isLessThanOrEqualTo(SIGNATURE_AREA_RIGHT).isLessThan(595.28f);
    }

    @Test
    void invalidResultsAreRefusedWithAClearMessage() {
        ResultDocument r = FormSamples.birthCertificate();
        assertThatIllegalArgumentException().isThrownBy(() -> new ResultDocument(r.letterhead(), r.title(), null,
                        null, " ", r.fields(), r.paragraphs(), r.recipients(), r.signer(), r.verificationUrl(),
                        r.dossierCode()))
                .withMessage("applicant is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResultDocument(r.letterhead(), r.title(), null,
                        null, r.applicantName(), List.of(), List.of(), r.recipients(), r.signer(),
                        r.verificationUrl(), r.dossierCode()))
                .withMessage("a result document has fields or paragraphs");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResultDocument(r.letterhead(), r.title(), null,
                        null, r.applicantName(), r.fields(), r.paragraphs(), r.recipients(), r.signer(),
                        "/xac-thuc/42", r.dossierCode()))
                .withMessageContaining("absolute http(s) link");
        assertThatIllegalArgumentException().isThrownBy(() -> new Field("Giới tính", ""))
                .withMessage("field Giới tính has a value");
        assertThat(new ResultDocument(r.letterhead(), r.title(), null, null, r.applicantName(), r.fields(), null,
                null, r.signer(), r.verificationUrl(), r.dossierCode()).applicantLabel())
                .isEqualTo(ResultDocument.DEFAULT_APPLICANT_LABEL);
    }
}
