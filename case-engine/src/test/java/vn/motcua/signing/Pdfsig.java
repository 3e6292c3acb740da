package vn.motcua.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * poppler's pdfsig, an independent validator (NSS underneath), with the development root as the only trusted
 * certificate of a fresh NSS database. Parses what poppler 22.x prints per signature.
 */
final class Pdfsig {

    /** What pdfsig says about one signature. */
    record Verdict(String commonName, String signatureValidation, String certificateValidation,
                   boolean totalDocumentSigned) {

        boolean signatureValid() {
            return "Signature is Valid.".equals(signatureValidation);
        }

        boolean certificateTrusted() {
            return "Certificate is Trusted.".equals(certificateValidation);
        }
    }

    private static final Pattern BLOCK = Pattern.compile("(?m)^Signature #\\d+:$");

    private final Path nssDatabase;

    private Pdfsig(Path nssDatabase) {
        this.nssDatabase = nssDatabase;
    }

    /** Skips (or on CI fails) when poppler-utils or libnss3-tools are missing. */
    static Pdfsig trusting(String rootPem, Path workDir) throws Exception {
        RequiredTools.require("pdfsig", "poppler-utils");
        RequiredTools.require("certutil", "libnss3-tools");
        Path nss = Files.createDirectories(workDir.resolve("nss"));
        Path root = Files.writeString(workDir.resolve("root.pem"), rootPem, StandardCharsets.US_ASCII);
        Commands.succeed(Map.of(), "certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        Commands.succeed(Map.of(), "certutil", "-A", "-d", "sql:" + nss, "-n", "motcua-root", "-t", "CT,C,C",
                "-i", root.toString());
        return new Pdfsig(nss);
    }

    List<Verdict> check(Path pdf) {
        String output = Commands.run(Map.of(), "pdfsig", "-nssdir", "sql:" + nssDatabase, pdf.toString()).output();
        List<Verdict> verdicts = new ArrayList<>();
        String[] blocks = BLOCK.split(output);
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            verdicts.add(new Verdict(field(block, "Signer Certificate Common Name"),
                    field(block, "Signature Validation"), field(block, "Certificate Validation"),
                    block.contains("  - Total document signed")));
        }
        if (verdicts.isEmpty()) {
            throw new AssertionError("pdfsig found no signature:\n" + output);
        }
        return verdicts;
    }

    private static String field(String block, String name) {
        Matcher matcher = Pattern.compile("(?m)^\\s*- " + Pattern.quote(name) + ": (.*)$").matcher(block);
        return matcher.find() ? matcher.group(1).strip() : null;
    }
}
