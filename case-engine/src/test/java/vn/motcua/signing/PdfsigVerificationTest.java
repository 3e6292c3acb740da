package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.signing.SignedDocuments.AGENCY_CODE;
import static vn.motcua.signing.SignedDocuments.AGENCY_NAME;
import static vn.motcua.signing.SignedDocuments.DEPUTY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent validator accepts our signatures: poppler's pdfsig, trusting only the development root, finds
 * both signatures valid and their certificates trusted, and reports the one-byte change that DSS reports too.
 */
class PdfsigVerificationTest {

    @TempDir
    Path work;

    @Test
    void pdfsigAcceptsTheSignatureAndTheSealAndNoticesAChangedByte() throws Exception {
        SigningService service = SignedDocuments.service(work.resolve("pki"));
        Pdfsig pdfsig = Pdfsig.trusting(service.rootCertificatePem(), work);
        byte[] sealed = service.sealAsAgency(service.signAsOfficial(SignedDocuments.receipt(), DEPUTY),
                AGENCY_CODE, AGENCY_NAME);

        List<Pdfsig.Verdict> verdicts = pdfsig.check(Files.write(work.resolve("sealed.pdf"), sealed));

        assertThat(verdicts).hasSize(2).allSatisfy(verdict -> {
            assertThat(verdict.signatureValidation()).isEqualTo("Signature is Valid.");
            assertThat(verdict.certificateValidation()).isEqualTo("Certificate is Trusted.");
        });
        assertThat(verdicts).extracting(Pdfsig.Verdict::commonName)
                .containsExactly(DEPUTY.fullName(), AGENCY_NAME);
        assertThat(verdicts.get(1).totalDocumentSigned()).isTrue();

        byte[] altered = SignedDocuments.flipped(sealed, SignedDocuments.HEADER_COMMENT_BYTE);
        List<Pdfsig.Verdict> alteredVerdicts = pdfsig.check(Files.write(work.resolve("altered.pdf"), altered));

        assertThat(alteredVerdicts).hasSize(2).noneMatch(Pdfsig.Verdict::signatureValid);
        VerificationReport report = service.verify(altered);
        assertThat(report.intact()).isFalse();
        assertThat(report.signatures()).hasSize(2).noneMatch(SignatureCheck::valid);
    }
}
