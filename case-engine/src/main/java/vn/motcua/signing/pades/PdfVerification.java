package vn.motcua.signing.pades;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.QCTypeEnum;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.exception.IllegalInputException;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.motcua.signing.SignatureCheck;
import vn.motcua.signing.VerificationReport;

/**
 * Verifies the signatures of a PDF with EU DSS, offline, against configured trusted roots.
 *
 * <p>Validity: a signature is valid when DSS's default validation policy (ETSI EN 319 102-1) ends in
 * {@code TOTAL_PASSED}. Nothing is fetched from the network (no AIA, CRL or OCSP download): revocation information
 * comes from the CRLs given here (the development CA's fresh, empty CRL, so its signatures reach TOTAL_PASSED) and
 * from what the PDF itself carries. For other roots whose CRLs are not at hand, DSS answers
 * {@code INDETERMINATE / TRY_LATER}; that is accepted as valid only when {@code acceptMissingRevocation} is set,
 * and the check then says so. Any other indication is invalid.
 *
 * <p>Modification: a signature is also invalid when DSS finds changes after it that are neither signatures nor
 * form fill-ins ("undefined changes") or pages that differ. The document is {@code intact} when it has at least one
 * signature, every signature is valid, and the byte range of the last signature reaches the end of the file
 * (nothing appended after it). A changed byte inside a signed range makes DSS's digest check fail
 * ({@code HASH_FAILURE}), so that signature, and every one covering the byte, is invalid.
 */
public final class PdfVerification {

    private final List<X509Certificate> trustedRoots;
    private final Supplier<List<byte[]>> crls;
    private final boolean acceptMissingRevocation;
    private final Clock clock;

    /**
     * @param trustedRoots            the trust anchors
     * @param crls                    current CRLs to use offline (called once per verification)
     * @param acceptMissingRevocation whether INDETERMINATE/TRY_LATER (no revocation information) counts as valid
     */
    public PdfVerification(List<X509Certificate> trustedRoots, Supplier<List<byte[]>> crls,
                           boolean acceptMissingRevocation, Clock clock) {
        this.trustedRoots = List.copyOf(trustedRoots);
        this.crls = Objects.requireNonNull(crls, "CRL supplier is required");
        this.acceptMissingRevocation = acceptMissingRevocation;
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /**
     * The verdict on every signature of {@code pdf}; a PDF without signatures is not intact.
     *
     * @throws IllegalArgumentException when {@code pdf} is not a PDF
     */
    public VerificationReport verify(byte[] pdf) {
        Objects.requireNonNull(pdf, "PDF is required");
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);
        PDFDocumentValidator validator;
        try {
            validator = new PDFDocumentValidator(document);
        } catch (IllegalInputException e) {
            throw new IllegalArgumentException("not a PDF document", e);
        }
        validator.setCertificateVerifier(verifier());
        validator.setValidationTime(Date.from(clock.instant()));
        validator.setLocale(Locale.ENGLISH);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diagnostic = reports.getDiagnosticData();

        List<Checked> checked = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = diagnostic.getSignatureById(id);
            checked.add(new Checked(check(simple, signature, id), end(signature)));
        }
        checked.sort(Comparator.comparing(Checked::end));
        List<SignatureCheck> checks = checked.stream().map(Checked::check).toList();
        boolean nothingAfterLast = !checked.isEmpty()
                && checked.get(checked.size() - 1).end().equals(BigInteger.valueOf(pdf.length));
        if (!checked.isEmpty() && !nothingAfterLast) {
            int last = checks.size() - 1;
            List<SignatureCheck> marked = new ArrayList<>(checks);
            SignatureCheck check = checks.get(last);
            marked.set(last, new SignatureCheck(check.signer(), check.subject(), check.seal(), check.signedAt(),
                    check.valid(), join(check.problem(), "Tài liệu có nội dung được thêm vào sau chữ ký cuối cùng.")));
            checks = marked;
        }
        boolean intact = !checks.isEmpty() && nothingAfterLast && checks.stream().allMatch(SignatureCheck::valid);
        return new VerificationReport(intact, checks);
    }

    private SignatureCheck check(SimpleReport simple, SignatureWrapper signature, String id) {
        CertificateWrapper certificate = signature.getSigningCertificate();
        Indication indication = simple.getIndication(id);
        SubIndication subIndication = simple.getSubIndication(id);
        boolean valid = indication == Indication.TOTAL_PASSED;
        String problem = null;
        if (!valid && acceptMissingRevocation && indication == Indication.INDETERMINATE
                && subIndication == SubIndication.TRY_LATER) {
            valid = true;
            problem = "Chưa kiểm tra được tình trạng thu hồi của chứng thư số (chấp nhận theo cấu hình).";
        } else if (!valid) {
            problem = problem(indication, subIndication);
        }
        String modification = modification(signature.getPDFRevision());
        if (modification != null) {
            valid = false;
            problem = join(problem, modification);
        }
        return new SignatureCheck(
                certificate != null ? certificate.getCommonName() : simple.getSignedBy(id),
                certificate != null ? certificate.getCertificateDN() : null,
                certificate != null && isSeal(certificate),
                signedAt(signature),
                valid,
                problem);
    }

    /** A seal certificate says so (ETSI QcType eseal); without QcType, an organisation name as common name. */
    static boolean isSeal(CertificateWrapper certificate) {
        if (certificate.getQcTypes().contains(QCTypeEnum.QCT_ESEAL)) {
            return true;
        }
        if (certificate.getQcTypes().contains(QCTypeEnum.QCT_ESIGN)) {
            return false;
        }
        return certificate.getGivenName() == null && certificate.getSurname() == null
                && certificate.getPseudo() == null && certificate.getCommonName() != null
                && certificate.getCommonName().equals(certificate.getOrganizationName());
    }

    private static Instant signedAt(SignatureWrapper signature) {
        return signature.getTimestampListByType(TimestampType.SIGNATURE_TIMESTAMP).stream()
                .map(TimestampWrapper::getProductionTime)
                .min(Comparator.naturalOrder())
                .or(() -> Optional.ofNullable(signature.getClaimedSigningTime()))
                .map(Date::toInstant)
                .orElse(null);
    }

    private static String modification(PDFRevisionWrapper revision) {
        if (revision == null) {
            return null;
        }
        if (!revision.getPdfUndefinedChanges().isEmpty() || !revision.getPdfPageDifferenceConcernedPages().isEmpty()) {
            return "Tài liệu đã bị sửa đổi sau khi ký.";
        }
        if (!revision.isSignatureByteRangeValid()) {
            return "Phạm vi dữ liệu được ký không hợp lệ.";
        }
        return null;
    }

    private static String problem(Indication indication, SubIndication subIndication) {
        if (subIndication == null) {
            return "Chữ ký không hợp lệ (" + indication + ").";
        }
        return switch (subIndication) {
            case HASH_FAILURE, SIG_CRYPTO_FAILURE ->
                    "Nội dung tài liệu đã bị thay đổi sau khi ký: chữ ký không còn khớp với dữ liệu.";
            case NO_CERTIFICATE_CHAIN_FOUND, NO_CERTIFICATE_CHAIN_FOUND_NO_POE ->
                    "Chứng thư số không do tổ chức chứng thực được tin cậy cấp.";
            case REVOKED, REVOKED_NO_POE, REVOKED_CA_NO_POE -> "Chứng thư số đã bị thu hồi.";
            case EXPIRED, OUT_OF_BOUNDS_NO_POE, OUT_OF_BOUNDS_NOT_REVOKED, NOT_YET_VALID ->
                    "Chứng thư số không còn hoặc chưa có hiệu lực tại thời điểm ký.";
            case TRY_LATER, REVOCATION_OUT_OF_BOUNDS_NO_POE ->
                    "Không có thông tin thu hồi của chứng thư số để kiểm tra.";
            case NO_SIGNING_CERTIFICATE_FOUND -> "Không tìm thấy chứng thư số của người ký.";
            case FORMAT_FAILURE -> "Chữ ký không đúng định dạng.";
            default -> "Chữ ký không hợp lệ (" + indication + " / " + subIndication + ").";
        };
    }

    private CommonCertificateVerifier verifier() {
        CommonCertificateVerifier verifier = PadesSigning.offlineVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trustedRoots.forEach(root -> trusted.addCertificate(new CertificateToken(root)));
        verifier.setTrustedCertSources(trusted);
        List<byte[]> current = crls.get();
        if (!current.isEmpty()) {
            verifier.setCrlSource(new ExternalResourcesCRLSource(current.stream()
                    .map(crl -> (DSSDocument) new InMemoryDocument(crl)).toArray(DSSDocument[]::new)));
        }
        return verifier;
    }

    private static BigInteger end(SignatureWrapper signature) {
        List<BigInteger> range = signature.getPDFRevision() == null ? List.of()
                : signature.getPDFRevision().getSignatureByteRange();
        return range.size() == 4 ? range.get(2).add(range.get(3)) : BigInteger.ZERO;
    }

    private static String join(String first, String second) {
        return first == null ? second : first + " " + second;
    }

    private record Checked(SignatureCheck check, BigInteger end) {
    }
}
