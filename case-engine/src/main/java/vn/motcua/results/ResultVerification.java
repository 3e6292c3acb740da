package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.signing.SigningService;
import vn.motcua.signing.VerificationReport;

/**
 * Public verification of results, for anybody holding one: by the key in its QR code, or by uploading a copy. The
 * signatures are checked every time (never taken from what was recorded at issue), and an uploaded copy is compared
 * with the copy the agency issued, so an altered copy is reported as altered even where its signatures would
 * somehow pass.
 */
@ApplicationScoped
@Transactional
public class ResultVerification {

    /** The verification key as printed in the QR link ("...verify.xhtml?c=KEY"). */
    private static final Pattern KEY_IN_TEXT = Pattern.compile("verify\\.xhtml\\?c=([A-Za-z0-9_-]{20,40})");

    @Inject
    ResultIssuance results;

    @Inject
    DossierRepository dossiers;

    @Inject
    SigningService signing;

    /** The check of the result with this verification key, as the agency issued it. */
    public Optional<ResultCheck> byKey(String verificationCode) {
        if (verificationCode == null || !verificationCode.matches("[A-Za-z0-9_-]{20,40}")) {
            return Optional.empty();
        }
        return results.byVerificationCode(verificationCode).map(r -> check(r, results.read(r.getDocumentId()), true));
    }

    /** The stored PDF of the result with this verification key (the QR link offers it for comparison). */
    public Optional<byte[]> documentByKey(String verificationCode) {
        return results.byVerificationCode(verificationCode).filter(r -> r.getState() == DossierResult.State.ISSUED)
                .map(r -> results.read(r.getDocumentId()));
    }

    /**
     * The check of an uploaded PDF: its signatures, and which of our results it claims to be (by its bytes, else by
     * the verification link printed on it) and whether it is exactly that result.
     *
     * @throws InvalidRequestException when the upload is not a readable PDF
     */
    public ResultCheck upload(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidRequestException("Tệp tải lên trống");
        }
        Optional<DossierResult> exact = results.bySha256(sha256(pdf));
        if (exact.isPresent()) {
            return check(exact.get(), pdf, true);
        }
        Matcher key = KEY_IN_TEXT.matcher(textOf(pdf));
        Optional<DossierResult> claimed = key.find() ? results.byVerificationCode(key.group(1)) : Optional.empty();
        if (claimed.isPresent()) {
            return check(claimed.get(), pdf, false);
        }
        VerificationReport report = signing.verify(pdf);
        return new ResultCheck(null, null, null, null, null, null, null, false, false, report.intact(),
                report.signatures());
    }

    private ResultCheck check(DossierResult result, byte[] pdf, boolean sameBytes) {
        VerificationReport report = signing.verify(pdf);
        String code = dossiers.findById(result.getDossierId()).map(d -> d.getCode().value()).orElse(null);
        return new ResultCheck(code, result.getVerificationCode(), result.getTitle(), result.getAgencyCode(),
                result.getAgencyName(), result.numberAndSymbol(), result.getIssuedAt(),
                result.getState() == DossierResult.State.ISSUED, sameBytes, report.intact() && sameBytes,
                report.signatures());
    }

    private static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new InvalidRequestException("Tệp tải lên không phải là tệp PDF đọc được");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
