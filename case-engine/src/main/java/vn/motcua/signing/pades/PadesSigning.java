package vn.motcua.signing.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.motcua.signing.signer.SignatureProvider;

/**
 * Signs a PDF as PAdES baseline B-T with EU DSS: a CMS signature (signing certificate, chain, signing time) whose
 * signature value a {@link SignatureProvider} computes, plus an RFC 3161 signature time stamp from the
 * configured time-stamp source, in a new visible signature field drawn by {@link SignatureAppearance}.
 *
 * <p>Why this way: DSS writes the signature as an incremental update, so an earlier signature keeps covering
 * exactly the bytes it signed and stays valid when the seal is added after the leader's signature; and validators
 * (Adobe, poppler/pdfsig, DSS) accept it. No CMS is assembled by hand.
 */
public final class PadesSigning {

    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;
    private static final int CONTENT_SIZE = 16_384;

    private final TSPSource timestamps;
    private final Clock clock;

    public PadesSigning(TSPSource timestamps, Clock clock) {
        this.timestamps = Objects.requireNonNull(timestamps, "time-stamp source is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /**
     * {@code pdf} with one more signature, by {@code signer}, shown as {@code appearance}.
     *
     * @throws eu.europa.esig.dss.model.DSSException when the document cannot be signed (e.g. the field would
     *                                               overlap another signature field, or no time stamp came)
     */
    public byte[] sign(byte[] pdf, SignatureProvider signer, VisibleSignature appearance) {
        Objects.requireNonNull(pdf, "PDF is required");
        Objects.requireNonNull(signer, "signer is required");
        Objects.requireNonNull(appearance, "appearance is required");
        List<X509Certificate> chain = signer.certificateChain();
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the signer has no certificate");
        }
        Instant signingTime = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);

        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(new CertificateToken(chain.get(0)));
        parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        parameters.setSignerName(appearance.name());
        parameters.setReason(appearance.kind() == VisibleSignature.Kind.SEAL ? "Đóng dấu" : "Ký duyệt");
        parameters.setAppName("MotCua");
        parameters.setContentSize(CONTENT_SIZE);
        parameters.setImageParameters(image(freePlace(pdf, appearance), signingTime));

        PAdESService service = new PAdESService(offlineVerifier());
        service.setTspSource(timestamps);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        byte[] value = signer.sign(toBeSigned.getBytes(), DIGEST.getName());
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(chain.get(0).getPublicKey()), DIGEST);
        DSSDocument signed = service.signDocument(document, parameters, new SignatureValue(algorithm, value));
        try (InputStream in = signed.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the signed document", e);
        }
    }

    private static SignatureImageParameters image(VisibleSignature appearance, Instant signingTime) {
        VisibleSignature.Placement where = appearance.placement();
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(where.page());
        field.setOriginX(where.x());
        field.setOriginY(where.y());
        field.setWidth(where.width());
        field.setHeight(where.height());
        SignatureImageParameters image = new SignatureImageParameters();
        image.setImage(new InMemoryDocument(SignatureAppearance.png(appearance, signingTime), "appearance.png",
                MimeTypeEnum.PNG));
        image.setImageScaling(ImageScaling.STRETCH);
        image.setFieldParameters(field);
        return image;
    }

    /** A certificate verifier that never goes to the network (no AIA, CRL or OCSP fetching). */
    static CommonCertificateVerifier offlineVerifier() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        return verifier;
    }

    /**
     * The appearance with a concrete page, and, when it asks for a default place that an earlier signature already
     * takes on that page (a second official's signature), moved up until it is free. A place given explicitly is
     * kept as it is: DSS refuses a field that overlaps another.
     */
    static VisibleSignature freePlace(byte[] pdf, VisibleSignature appearance) {
        VisibleSignature.Placement wanted = appearance.placement();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            int page = wanted.page() == null ? pages : Math.min(wanted.page(), pages);
            PDPage target = document.getPage(page - 1);
            float pageHeight = target.getMediaBox().getHeight();
            List<VisibleSignature.Placement> taken = new ArrayList<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    PDRectangle box = widget.getRectangle();
                    PDPage onPage = widget.getPage();
                    if (box != null && box.getWidth() > 0 && (onPage == null || onPage.getCOSObject()
                            .equals(target.getCOSObject()))) {
                        taken.add(new VisibleSignature.Placement(page, Math.max(0, box.getLowerLeftX()),
                                Math.max(0, pageHeight - box.getUpperRightY()), Math.max(40, box.getWidth()),
                                Math.max(30, box.getHeight())));
                    }
                }
            }
            VisibleSignature.Placement place = new VisibleSignature.Placement(page, wanted.x(), wanted.y(),
                    wanted.width(), wanted.height());
            boolean isDefault = wanted.equals(VisibleSignature.PERSON_DEFAULT)
                    || wanted.equals(VisibleSignature.SEAL_DEFAULT);
            while (isDefault && overlapsAny(place, taken) && place.y() - place.height() - 4 >= 0) {
                place = new VisibleSignature.Placement(page, place.x(), place.y() - place.height() - 4,
                        place.width(), place.height());
            }
            return appearance.at(place);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static boolean overlapsAny(VisibleSignature.Placement place, List<VisibleSignature.Placement> taken) {
        return taken.stream().anyMatch(place::overlaps);
    }
}
