package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.signing.SignedDocuments.AGENCY_CODE;
import static vn.motcua.signing.SignedDocuments.AGENCY_NAME;
import static vn.motcua.signing.SignedDocuments.DEPUTY;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An official signs and the agency seals a rendered receipt; DSS verifies both, and notices any change. */
class SigningServiceTest {

    @TempDir
    static Path pki;

    static SigningService service;
    static byte[] signed;
    static byte[] sealed;
    static Instant before;

    @BeforeAll
    static void signAndSeal() {
        service = SignedDocuments.service(pki);
        before = Instant.now().minusSeconds(1);
        signed = service.signAsOfficial(SignedDocuments.receipt(), DEPUTY);
        sealed = service.sealAsAgency(signed, AGENCY_CODE, AGENCY_NAME);
        SignedDocuments.keep("signed-and-sealed.pdf", sealed);
    }

    @Test
    void bothSignaturesAreValidTimeStampedAndTheDocumentIsIntact() {
        VerificationReport report = service.verify(sealed);

        assertThat(report.intact()).isTrue();
        assertThat(report.signatures()).hasSize(2);
        SignatureCheck person = report.signatures().get(0);
        SignatureCheck seal = report.signatures().get(1);
        assertThat(person.signer()).isEqualTo("Nguyễn Văn Ánh");
        assertThat(person.seal()).isFalse();
        assertThat(person.subject()).contains("Nguyễn Văn Ánh").contains("nguyenvana");
        assertThat(seal.signer()).isEqualTo(AGENCY_NAME);
        assertThat(seal.seal()).isTrue();
        assertThat(report.signatures()).allSatisfy(check -> {
            assertThat(check.valid()).as(check.problem()).isTrue();
            assertThat(check.problem()).isNull();
            assertThat(check.signedAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        });
        assertThat(person.signedAt()).isBeforeOrEqualTo(seal.signedAt());
    }

    @Test
    void theSignaturesArePadesBaselineT() {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(sealed));
        validator.setCertificateVerifier(new CommonCertificateVerifier(true));
        SimpleReport report = validator.validateDocument().getSimpleReport();

        assertThat(report.getSignatureIdList()).hasSize(2).allSatisfy(id -> {
            assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(report.getSignatureTimestamps(id)).hasSize(1);
        });
    }

    @Test
    void theFirstSignatureAloneCoversTheWholeFirstVersion() {
        VerificationReport report = service.verify(signed);

        assertThat(report.intact()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(check -> {
            assertThat(check.valid()).isTrue();
            assertThat(check.seal()).isFalse();
        });
    }

    @Test
    void oneChangedByteInTheSignedRangeInvalidatesTheSignaturesThatCoverIt() {
        byte[] altered = SignedDocuments.flipped(sealed, SignedDocuments.HEADER_COMMENT_BYTE);

        VerificationReport report = service.verify(altered);

        assertThat(report.intact()).isFalse();
        assertThat(report.signatures()).hasSize(2).allSatisfy(check -> {
            assertThat(check.valid()).isFalse();
            assertThat(check.problem()).contains("đã bị thay đổi");
        });
    }

    @Test
    void bytesAppendedAfterTheLastSignatureMakeTheDocumentNotIntact() {
        byte[] appended = Arrays.copyOf(sealed, sealed.length + 20);
        System.arraycopy("\n% appended later\n".getBytes(), 0, appended, sealed.length, 18);

        VerificationReport report = service.verify(appended);

        assertThat(report.intact()).isFalse();
        assertThat(report.signatures().get(1).problem()).contains("sau chữ ký cuối cùng");
    }

    @Test
    void theFieldsAreOnTheLastPageAndDoNotOverlapAndASecondOfficialMovesUp() throws Exception {
        OfficialSigner chair = new OfficialSigner("lethib", "Lê Thị Bích", "Chủ tịch", AGENCY_CODE, AGENCY_NAME, null);
        byte[] twice = service.signAsOfficial(sealed, chair);

        try (PDDocument document = Loader.loadPDF(twice)) {
            List<PDRectangle> boxes = document.getSignatureFields().stream()
                    .map(field -> field.getWidgets().get(0))
                    .peek(widget -> assertThat(widget.getPage().getCOSObject())
                            .isSameAs(document.getPage(document.getNumberOfPages() - 1).getCOSObject()))
                    .map(widget -> widget.getRectangle())
                    .toList();
            assertThat(boxes).hasSize(3);
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(overlap(boxes.get(i), boxes.get(j))).as("fields %d and %d overlap", i, j).isFalse();
                }
            }
        }
        VerificationReport report = service.verify(twice);
        assertThat(report.intact()).isTrue();
        assertThat(report.signatures()).extracting(SignatureCheck::signer)
                .containsExactly(DEPUTY.fullName(), AGENCY_NAME, chair.fullName());
    }

    private static boolean overlap(PDRectangle a, PDRectangle b) {
        return a.getLowerLeftX() < b.getUpperRightX() && b.getLowerLeftX() < a.getUpperRightX()
                && a.getLowerLeftY() < b.getUpperRightY() && b.getLowerLeftY() < a.getUpperRightY();
    }

    @Test
    void anUnsignedDocumentIsNotIntact() {
        VerificationReport report = service.verify(SignedDocuments.receipt());

        assertThat(report.intact()).isFalse();
        assertThat(report.signatures()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() {
        assertThatThrownBy(() -> service.verify("không phải PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
