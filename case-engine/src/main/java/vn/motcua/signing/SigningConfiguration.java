package vn.motcua.signing;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import vn.motcua.signing.signer.Pkcs11Configuration;

/**
 * The settings of the signing context as plain values (read from MicroProfile Config by {@link SigningSettings},
 * or built directly in tests and tools).
 *
 * @param pkiDirectory            where the development CA keeps its keystores ({@code <data dir>/pki})
 * @param keystorePassword        password of those keystores; the default is a development-only value
 * @param timeStampAuthority      URL of an RFC 3161 TSA, or null to use the in-process development authority
 * @param pkcs11                  the PKCS#11 token of officials' and seals' keys, or null to use PKCS#12 keys from
 *                                the development CA; its key alias is a pattern with {@code {username}} or
 *                                {@code {agencyCode}}
 * @param sealAliasPattern        the key alias of an agency's seal on the token, with {@code {agencyCode}}
 * @param trustDevelopmentRoot    whether verification trusts the development root
 * @param trustedRoots            further trusted roots (PEM or DER files)
 * @param acceptMissingRevocation whether a signature whose revocation status cannot be checked offline counts as valid
 */
public record SigningConfiguration(Path pkiDirectory, char[] keystorePassword, URI timeStampAuthority,
                                   Pkcs11Configuration pkcs11, String sealAliasPattern, boolean trustDevelopmentRoot,
                                   List<Path> trustedRoots, boolean acceptMissingRevocation) {

    /** The development default of {@code motcua.signing.keystore-password}: for development and the demo only. */
    public static final String DEVELOPMENT_PASSWORD = "motcua-dev-only";

    public SigningConfiguration {
        Objects.requireNonNull(pkiDirectory, "PKI directory is required");
        Objects.requireNonNull(keystorePassword, "keystore password is required");
        keystorePassword = keystorePassword.clone();
        trustedRoots = List.copyOf(trustedRoots);
        if (sealAliasPattern == null || sealAliasPattern.isBlank()) {
            sealAliasPattern = "seal-{agencyCode}";
        }
    }

    /** Development settings: PKCS#12 keys and the in-process TSA under {@code pkiDirectory}. */
    public static SigningConfiguration development(Path pkiDirectory) {
        return new SigningConfiguration(pkiDirectory, DEVELOPMENT_PASSWORD.toCharArray(), null, null, null, true,
                List.of(), false);
    }

    /** The same settings with keys on a PKCS#11 token. */
    public SigningConfiguration withPkcs11(Pkcs11Configuration token, String sealAlias) {
        return new SigningConfiguration(pkiDirectory, keystorePassword, timeStampAuthority, token, sealAlias,
                trustDevelopmentRoot, trustedRoots, acceptMissingRevocation);
    }

    @Override
    public String toString() {
        return "SigningConfiguration[pkiDirectory=" + pkiDirectory + ", keystorePassword=[REDACTED]"
                + ", timeStampAuthority=" + timeStampAuthority + ", pkcs11=" + pkcs11
                + ", sealAliasPattern=" + sealAliasPattern + ", trustDevelopmentRoot=" + trustDevelopmentRoot
                + ", trustedRoots=" + trustedRoots + ", acceptMissingRevocation=" + acceptMissingRevocation + "]";
    }
}
