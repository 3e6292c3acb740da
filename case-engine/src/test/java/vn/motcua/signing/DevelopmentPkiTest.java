package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.signing.pki.DevelopmentPki;

/** The development CA: what its certificates say, and that it is made once however many callers race for it. */
class DevelopmentPkiTest {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static final String AGENCY = "Ủy ban nhân dân phường Thủ Dầu Một";

    @TempDir
    Path directory;

    @Test
    void theRootIsACaMarkedNotForProductionAndIsReusedOnTheNextStart() throws Exception {
        X509Certificate root = pki().rootCertificate();

        assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(root.getSubjectX500Principal().getName(X500Principal.RFC2253))
                .contains(DevelopmentPki.NOT_FOR_PRODUCTION);
        assertThat(root.getNotAfter().toInstant())
                .isAfter(root.getNotBefore().toInstant().plusSeconds(9L * 365 * 86400));
        assertThat(new String(root.getExtensionValue("2.5.29.32"), StandardCharsets.UTF_8))
                .contains(DevelopmentPki.NOT_FOR_PRODUCTION);
        assertThat(directory.resolve("root.p12")).exists();

        assertThat(pki().rootCertificate()).isEqualTo(root);
        X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(pki().rootCertificatePem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(fromPem).isEqualTo(root);
    }

    @Test
    void concurrentFirstCallersShareOneRoot() throws Exception {
        int callers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<X509Certificate>> roots = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                DevelopmentPki own = pki();
                Callable<X509Certificate> call = () -> {
                    start.await();
                    return own.rootCertificate();
                };
                roots.add(pool.submit(call));
            }
            start.countDown();
            X509Certificate first = roots.get(0).get();
            for (Future<X509Certificate> root : roots) {
                assertThat(root.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOfficialsCertificateNamesThePersonAndIsForNonRepudiation() throws Exception {
        KeyStore.PrivateKeyEntry entry = pki().officialKey("nguyenvana", "Nguyễn Văn Ánh", AGENCY);
        X509Certificate certificate = (X509Certificate) entry.getCertificate();

        String subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        assertThat(subject).contains("CN=Nguyễn Văn Ánh").contains("UID=nguyenvana")
                .contains("O=Ủy ban nhân dân phường Thủ Dầu Một").contains("OU=" + DevelopmentPki.NOT_FOR_PRODUCTION);
        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        certificate.verify(pki().rootCertificate().getPublicKey());
        assertThat(entry.getCertificateChain()).hasSize(2);

        KeyStore.PrivateKeyEntry again = pki().officialKey("nguyenvana", "Nguyễn Văn Ánh", AGENCY);
        assertThat(again.getCertificate()).isEqualTo(certificate);
        KeyStore.PrivateKeyEntry renamed = pki().officialKey("nguyenvana", "Nguyễn Văn Ánh", "Sở Tư pháp");
        assertThat(renamed.getCertificate()).isNotEqualTo(certificate);
    }

    @Test
    void aSealCertificateNamesTheAgencyAndItsCode() throws Exception {
        X509Certificate seal = (X509Certificate) pki().sealKey("000.00.01.H12", "Ủy ban nhân dân phường Thủ Dầu Một")
                .getCertificate();

        String subject = seal.getSubjectX500Principal().getName(X500Principal.RFC2253);
        assertThat(subject).contains("CN=Ủy ban nhân dân phường Thủ Dầu Một")
                .contains("O=Ủy ban nhân dân phường Thủ Dầu Một")
                .contains("2.5.4.97=#0c0d3030302e30302e30312e483132");
        assertThat(seal.getKeyUsage()[1]).as("nonRepudiation").isTrue();
    }

    @Test
    void theTimeStampingCertificateHasTheCriticalTimeStampingPurpose() throws Exception {
        X509Certificate tsa = (X509Certificate) pki().timeStampingKey().getCertificate();

        assertThat(tsa.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsa.getCriticalExtensionOIDs()).contains("2.5.29.37");
        tsa.verify(pki().rootCertificate().getPublicKey());
    }

    private DevelopmentPki pki() {
        return new DevelopmentPki(directory, PASSWORD, Clock.systemUTC());
    }
}
