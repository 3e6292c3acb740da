package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * poppler's {@code pdfsig} (Debian {@code poppler-utils}) as an independent validator, trusting the development root
 * through an NSS database made with {@code certutil} (Debian {@code libnss3-tools}). Outside CI a machine without
 * them skips the check with a visible notice; with {@code CI=true} their absence fails the test.
 */
final class PdfSig {

    /** What pdfsig said about one signature. */
    record Signature(String signer, boolean valid, boolean trusted, boolean wholeDocument) {
    }

    private final Path nssDir;

    private PdfSig(Path nssDir) {
        this.nssDir = nssDir;
    }

    /** A validator trusting {@code rootPem}; skips (or fails in CI) when the tools are missing. */
    static PdfSig trusting(String rootPem) throws IOException, InterruptedException {
        for (String tool : List.of("/usr/bin/pdfsig", "/usr/bin/certutil")) {
            if (!Files.isExecutable(Path.of(tool))) {
                String notice = "SKIPPED: " + tool + " is missing (apt-get install poppler-utils libnss3-tools)";
                System.err.println(notice);
                if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(notice + ": independent signature validation is required in CI");
                }
                Assumptions.abort(notice);
            }
        }
        Path dir = Files.createTempDirectory("motcua-nss");
        Path root = dir.resolve("root.pem");
        Files.writeString(root, rootPem, StandardCharsets.US_ASCII);
        run("/usr/bin/certutil", "-N", "-d", "sql:" + dir, "--empty-password");
        run("/usr/bin/certutil", "-A", "-d", "sql:" + dir, "-n", "motcua-dev-root", "-t", "CT,C,C", "-i",
                root.toString());
        return new PdfSig(dir);
    }

    /** The signatures of the PDF as pdfsig reports them, in document order. */
    List<Signature> check(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(nssDir, "signed", ".pdf");
        Files.write(file, pdf);
        String out = run("/usr/bin/pdfsig", "-nssdir", "sql:" + nssDir, file.toString());
        List<Signature> signatures = new ArrayList<>();
        for (String block : out.split("Signature #\\d+:")) {
            if (!block.contains("Signature Validation")) {
                continue;
            }
            String signer = block.lines().filter(l -> l.contains("Signer Certificate Common Name:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
            signatures.add(new Signature(signer, block.contains("Signature Validation: Signature is Valid."),
                    block.contains("Certificate Validation: Certificate is Trusted."),
                    block.contains("Total document signed")));
        }
        return signatures;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        System.out.println(String.join(" ", command) + "\n" + out);
        return out;
    }
}
