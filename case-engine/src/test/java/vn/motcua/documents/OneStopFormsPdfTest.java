package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.motcua.documents.rendering.OneStopForm.Numbering.CIRCULAR_01_2018;
import static vn.motcua.documents.rendering.OneStopForm.Numbering.CIRCULAR_03_2025;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.ApologyLetter;
import vn.motcua.documents.rendering.Letterhead;
import vn.motcua.documents.rendering.OneStopForm;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.Signer;

/**
 * Every one-stop form 01–07 rendered from a Vietnamese example and read back: the national heading and the form's
 * title come out as written, with no letter lost or replaced, in one embedded font family; and the forms are found
 * by their numbers under both circulars. The PDFs are kept in {@code target/documents/form-NN.pdf}.
 */
class OneStopFormsPdfTest {

    private static final PdfRenderer RENDERER = PdfRenderer.withDefaults();

    @ParameterizedTest
    @EnumSource(OneStopForm.class)
    void everyFormRendersInTheOfficialLayoutWithOneEmbeddedVietnameseFont(OneStopForm form) {
        Record sample = sample(form);
        assertThat(sample).isInstanceOf(form.model());

        byte[] pdf = RENDERER.render(form.template(), sample);
        PdfReading.keep("form-" + form.number(CIRCULAR_03_2025).orElseThrow() + ".pdf", pdf);
        String text = PdfReading.text(pdf, true);

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                form.vietnameseName().toUpperCase(Locale.forLanguageTag("vi")));
        assertThat(text).as("no letter replaced by a substitute").doesNotContain("?", "\uFFFD");
        assertThat(PdfReading.embeddedFontFamilies(pdf)).containsExactly(PdfRenderer.BUNDLED_FONT_FAMILY.replace(" ", ""));
    }

    @Test
    void formsAreFoundByTheirNumbersUnderBothCirculars() {
        assertThat(OneStopForm.byNumber(CIRCULAR_03_2025, "05")).contains(OneStopForm.STOP_NOTICE);
        assertThat(OneStopForm.byNumber(CIRCULAR_03_2025, "6")).contains(OneStopForm.CONTROL_SHEET);
        assertThat(OneStopForm.byNumber(CIRCULAR_03_2025, "07")).contains(OneStopForm.TRACKING_BOOK);
        assertThat(OneStopForm.byNumber(CIRCULAR_01_2018, "05")).contains(OneStopForm.CONTROL_SHEET);
        assertThat(OneStopForm.byNumber(CIRCULAR_01_2018, "06")).contains(OneStopForm.TRACKING_BOOK);
        assertThat(OneStopForm.byNumber(CIRCULAR_01_2018, "07")).isEmpty();
        assertThat(OneStopForm.STOP_NOTICE.number(CIRCULAR_01_2018)).isEmpty();
        for (String number : new String[] {"01", "02", "03", "04"}) {
            assertThat(OneStopForm.byNumber(CIRCULAR_01_2018, number))
                    .isEqualTo(OneStopForm.byNumber(CIRCULAR_03_2025, number));
        }
    }

    @Test
    void theApologyTakesTheTitleItIsGiven() {
        ApologyLetter letter = LegalTimePdfTest.apology("Phó Chủ tịch");
        ApologyLetter retitled = new ApologyLetter(letter.parentAgency(), letter.agency(), letter.agencyName(),
                letter.number(), letter.place(), letter.issuedOn(), letter.applicantName(), letter.dossierCode(),
                letter.procedureName(), letter.receivedAt(), letter.dueAt(), letter.reason(), letter.newDueAt(),
                letter.signerPosition(), letter.signerName(),
                "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");

        assertThat(letter.title()).isEqualTo(ApologyLetter.DEFAULT_TITLE);
        assertThat(PdfReading.text(RENDERER.render(ApologyLetter.TEMPLATE, retitled), true))
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT")
                .doesNotContain(ApologyLetter.DEFAULT_TITLE);
    }

    @Test
    void theNumberLineShowsDotsForWhatTheClerkHasNotWrittenYet() {
        LocalDate day = LocalDate.of(2026, 1, 15);
        assertThat(new Letterhead(null, "SỞ TƯ PHÁP", "15", "GCN-UBND", "Bình Dương", day).numberLine())
                .isEqualTo("Số: 15/GCN-UBND");
        assertThat(new Letterhead(null, "SỞ TƯ PHÁP", "5", "TCHS", "Bình Dương", day).numberLine())
                .isEqualTo("Số: 05/TCHS");
        assertThat(new Letterhead(null, "SỞ TƯ PHÁP", null, "GCN-UBND", "Bình Dương", day).numberLine())
                .isEqualTo("Số: ……/GCN-UBND");
        assertThat(new Letterhead(null, "SỞ TƯ PHÁP", " ", null, "Bình Dương", day).numberLine())
                .isEqualTo("Số: ……/……");
        assertThat(new Letterhead(null, "SỞ TƯ PHÁP", "125", null, "Bình Dương", day).numberLine())
                .isEqualTo("Số: 125");
    }

    @Test
    void aSignerHasAPositionAndANameAndSignsAsDeputyOrByOrderNotBoth() {
        assertThatIllegalArgumentException().isThrownBy(() -> Signer.of("PHÓ CHỦ TỊCH", " "))
                .withMessage("signer name is required");
        assertThatIllegalArgumentException().isThrownBy(() -> Signer.of(null, "Lê Văn Tâm"))
                .withMessage("signer position is required");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Signer(null, "CHỦ TỊCH", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Văn Tâm"))
                .withMessageContaining("KT.").withMessageContaining("TL.");
    }

    private static Record sample(OneStopForm form) {
        return switch (form) {
            case RECEIPT -> FormSamples.receipt();
            case SUPPLEMENT_REQUEST -> FormSamples.supplementRequest();
            case REFUSAL -> FormSamples.refusal();
            case APOLOGY -> LegalTimePdfTest.apology("Phó Chủ tịch");
            case STOP_NOTICE -> FormSamples.stopNotice();
            case CONTROL_SHEET -> LegalTimePdfTest.controlSheet();
            case TRACKING_BOOK -> FormSamples.trackingBook();
        };
    }
}
