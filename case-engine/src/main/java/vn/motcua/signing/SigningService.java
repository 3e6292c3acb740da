package vn.motcua.signing;

import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import vn.motcua.signing.pades.PadesSigning;
import vn.motcua.signing.pades.PdfVerification;
import vn.motcua.signing.pades.VisibleSignature;
import vn.motcua.signing.pki.DevelopmentPki;
import vn.motcua.signing.signer.Pkcs11Configuration;
import vn.motcua.signing.signer.Pkcs11SignatureProvider;
import vn.motcua.signing.signer.Pkcs12SignatureProvider;
import vn.motcua.signing.signer.SignatureProvider;
import vn.motcua.signing.timestamp.InProcessTspSource;
import vn.motcua.signing.timestamp.TimeStampAuthority;

/**
 * The signing context's facade: officials sign and agencies seal PDF results (PAdES B-T, visible), anyone verifies
 * them, and the development CA's root and time-stamping authority are offered to the web layer.
 *
 * <p>Keys stay inside: PKCS#12 keys issued on first use by the {@link DevelopmentPki} (default), or keys on a
 * PKCS#11 token ({@code motcua.signing.keys=pkcs11}). The caller re-confirms the signer (password or OTP) before
 * calling; this service does not authorise. Settings: {@link SigningSettings}. Everything is built on first use, so
 * start-up costs nothing and a node that never signs never creates a CA.
 */
@ApplicationScoped
public class SigningService {

    private static final Logger LOG = Logger.getLogger(SigningService.class.getName());

    @Inject
    SigningSettings settings;

    @Inject
    Clock clock;

    private volatile Parts parts;
    private SigningConfiguration configuration;

    /** For CDI. */
    protected SigningService() {
    }

    /** A service outside the container (tests, tools). */
    public static SigningService create(SigningConfiguration configuration, Clock clock) {
        SigningService service = new SigningService();
        service.configuration = Objects.requireNonNull(configuration, "configuration is required");
        service.clock = Objects.requireNonNull(clock, "clock is required");
        return service;
    }

    /**
     * {@code pdf} signed by {@code who}: their signature block (on-behalf wording, name, title, time) at the lower
     * right of the last page. Issues the official's development certificate on first use (PKCS#12 mode), or uses
     * the token key under the configured official alias (PKCS#11 mode).
     */
    public byte[] signAsOfficial(byte[] pdf, OfficialSigner who) {
        Objects.requireNonNull(who, "signer is required");
        Parts p = parts();
        Pkcs11Configuration token = p.configuration.pkcs11();
        SignatureProvider signer = token != null
                ? new Pkcs11SignatureProvider(onToken(token, token.keyAlias(), who.username(), who.agencyCode()))
                : new Pkcs12SignatureProvider(p.pki.officialKey(who.username(), who.fullName(), who.agencyName()));
        byte[] signed = p.signing.sign(pdf, signer, VisibleSignature.person(who.fullName(), who.title(),
                who.onBehalfWording()));
        LOG.info(() -> "PDF signed by official " + who.username());
        return signed;
    }

    /** {@code pdf} sealed by the agency: its round red seal at the lower left of the last page. */
    public byte[] sealAsAgency(byte[] pdf, String agencyCode, String agencyName) {
        return sealAsAgency(pdf, agencyCode, agencyName, null);
    }

    /**
     * {@code pdf} sealed by the agency, the seal's appearance showing the number line the clerk gives the document
     * (e.g. "Số: 15/GCN-UBND, ngày 21/11/2026"): the number lives in the agency's signature, added after the
     * leader's, so the leader's signature stays valid.
     */
    public byte[] sealAsAgency(byte[] pdf, String agencyCode, String agencyName, String numberLine) {
        Parts p = parts();
        Pkcs11Configuration token = p.configuration.pkcs11();
        SignatureProvider signer = token != null
                ? new Pkcs11SignatureProvider(onToken(token, p.configuration.sealAliasPattern(), null, agencyCode))
                : new Pkcs12SignatureProvider(p.pki.sealKey(agencyCode, agencyName));
        byte[] sealed = p.signing.sign(pdf, signer, VisibleSignature.seal(agencyName, agencyCode, numberLine));
        LOG.info(() -> "PDF sealed by agency " + agencyCode);
        return sealed;
    }

    /** The verdict on every signature of {@code pdf}, offline (see {@link PdfVerification}). */
    public VerificationReport verify(byte[] pdf) {
        return parts().verification.verify(pdf);
    }

    /** The development root certificate in PEM, for validators' trust stores. */
    public String rootCertificatePem() {
        return parts().pki.rootCertificatePem();
    }

    /** The development TSA's DER response to a DER RFC 3161 request (served at {@code POST /pki/tsa}). */
    public byte[] timestamp(byte[] request) {
        return parts().authority.respond(request);
    }

    /** The token's key whose alias is {@code pattern} with {@code {username}} and {@code {agencyCode}} filled in. */
    private static Pkcs11Configuration onToken(Pkcs11Configuration token, String pattern, String username,
                                               String agencyCode) {
        String alias = pattern
                .replace("{username}", username == null ? "" : username)
                .replace("{agencyCode}", agencyCode == null ? "" : agencyCode);
        return token.withKeyAlias(alias);
    }

    private Parts parts() {
        Parts built = parts;
        if (built == null) {
            synchronized (this) {
                built = parts;
                if (built == null) {
                    built = Parts.of(configuration != null ? configuration : settings.configuration(), clock);
                    parts = built;
                }
            }
        }
        return built;
    }

    /** The collaborators, built once from the configuration. */
    private record Parts(SigningConfiguration configuration, DevelopmentPki pki, TimeStampAuthority authority,
                         PadesSigning signing, PdfVerification verification) {

        static Parts of(SigningConfiguration configuration, Clock clock) {
            DevelopmentPki pki = new DevelopmentPki(configuration.pkiDirectory(), configuration.keystorePassword(),
                    clock);
            KeyStore.PrivateKeyEntry tsaKey = pki.timeStampingKey();
            TimeStampAuthority authority = new TimeStampAuthority(tsaKey.getPrivateKey(),
                    DevelopmentPki.chainOf(tsaKey), DevelopmentPki.TSA_POLICY_OID, clock);
            TSPSource timestamps;
            if (configuration.timeStampAuthority() != null) {
                timestamps = new OnlineTSPSource(configuration.timeStampAuthority().toString(),
                        new TimestampDataLoader());
            } else {
                timestamps = new InProcessTspSource(authority);
            }
            List<X509Certificate> roots = new ArrayList<>();
            if (configuration.trustDevelopmentRoot()) {
                roots.add(pki.rootCertificate());
            }
            configuration.trustedRoots().forEach(file -> roots.add(readCertificate(file)));
            PdfVerification verification = new PdfVerification(roots,
                    configuration.trustDevelopmentRoot() ? () -> List.of(pki.currentCrl()) : List::of,
                    configuration.acceptMissingRevocation(), clock);
            LOG.info(() -> "signing context ready: " + configuration);
            return new Parts(configuration, pki, authority, new PadesSigning(timestamps, clock), verification);
        }

        private static X509Certificate readCertificate(Path file) {
            try (InputStream in = Files.newInputStream(file)) {
                return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            } catch (IOException e) {
                throw new UncheckedIOException("motcua.signing.trusted-roots: cannot read " + file, e);
            } catch (CertificateException e) {
                throw new IllegalStateException("motcua.signing.trusted-roots: not a certificate: " + file, e);
            }
        }
    }
}
