package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key that never leaves a PKCS#11 token signs: SoftHSM2 plays the HSM or USB token, the key is generated on it,
 * the development CA certifies it, and the PDF signed through {@code Pkcs11SignatureProvider} is valid for DSS and
 * for pdfsig.
 */
class SoftHsmSigningTest {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    @TempDir
    Path work;

    @Test
    void keysOnAPkcs11TokenSignAndSealAPdfThatDssAndPdfsigAccept() throws Exception {
        RequiredTools.require("softhsm2-util", "softhsm2");
        RequiredTools.requireFile(LIBRARY, "softhsm2");
        Path tokens = Files.createDirectories(work.resolve("tokens"));
        Path config = Files.writeString(work.resolve("softhsm2.conf"),
                "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        Map<String, String> environment = Map.of("SOFTHSM2_CONF", config.toString());
        String initialised = Commands.succeed(environment, "softhsm2-util", "--init-token", "--free",
                "--label", "motcua-test", "--pin", "1234", "--so-pin", "5678");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(initialised);
        assertThat(slot.find()).as(initialised).isTrue();

        Path pki = work.resolve("pki");
        Path input = Files.write(work.resolve("receipt.pdf"), SignedDocuments.receipt());
        Path output = work.resolve("signed-on-token.pdf");
        String java = ProcessHandle.current().info().command().orElse("java");
        String signerOutput = Commands.succeed(environment, java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + work, SoftHsmSigner.class.getName(), pki.toString(), LIBRARY.toString(),
                slot.group(1), "1234", input.toString(), output.toString());
        assertThat(signerOutput).contains("signed through PKCS#11").contains("sun.security.pkcs11");

        SigningService service = SignedDocuments.service(pki);
        byte[] signed = Files.readAllBytes(output);
        VerificationReport report = service.verify(signed);
        assertThat(report.intact()).isTrue();
        assertThat(report.signatures()).as("the official's signature, then the agency's seal").hasSize(2)
                .allSatisfy(check -> {
                    assertThat(check.valid()).as(check.problem()).isTrue();
                    assertThat(check.signedAt()).isNotNull();
                });
        assertThat(report.signatures().get(0).signer()).isEqualTo(SignedDocuments.DEPUTY.fullName());
        assertThat(report.signatures().get(0).seal()).isFalse();
        assertThat(report.signatures().get(1).seal()).isTrue();

        Pdfsig pdfsig = Pdfsig.trusting(service.rootCertificatePem(), work);
        assertThat(pdfsig.check(output)).hasSize(2).allSatisfy(verdict -> {
            assertThat(verdict.signatureValidation()).isEqualTo("Signature is Valid.");
            assertThat(verdict.certificateValidation()).isEqualTo("Certificate is Trusted.");
        });
    }
}
