package vn.motcua.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.signing.signer.Pkcs11Configuration;

/**
 * Settings of the signing context from MicroProfile Config (environment variables such as
 * {@code MOTCUA_SIGNING_TSA_URL} map to {@code motcua.signing.tsa-url}); a bad value fails with its name.
 *
 * <ul>
 *   <li>{@code motcua.signing.pki-dir}: the development CA's folder (default {@code <data dir>/pki}; the data dir
 *   is system property {@code motcua.data.dir}, else environment variable {@code MOTCUA_DATA_DIR}, else
 *   {@code ./data});</li>
 *   <li>{@code motcua.signing.keystore-password}: password of its PKCS#12 files (default
 *   {@value SigningConfiguration#DEVELOPMENT_PASSWORD}, for development only);</li>
 *   <li>{@code motcua.signing.tsa-url}: an RFC 3161 time-stamping authority (default: none, the in-process
 *   development authority);</li>
 *   <li>{@code motcua.signing.keys}: {@code pkcs12} (default: keys issued by the development CA) or
 *   {@code pkcs11};</li>
 *   <li>{@code motcua.signing.pkcs11.library}, {@code .slot} or {@code .slot-list-index}, {@code .pin},
 *   {@code .official-alias} (default {@code {username}}), {@code .seal-alias} (default
 *   {@code seal-{agencyCode}}): the token when keys are {@code pkcs11};</li>
 *   <li>{@code motcua.signing.trust-development-root} (default true; set false in production),
 *   {@code motcua.signing.trusted-roots}: comma-separated PEM or DER files of further trusted roots;</li>
 *   <li>{@code motcua.signing.accept-missing-revocation} (default false): count a signature as valid when its
 *   certificate's revocation status cannot be checked offline (DSS INDETERMINATE / TRY_LATER).</li>
 * </ul>
 */
@ApplicationScoped
public class SigningSettings {

    @Inject
    @ConfigProperty(name = "motcua.signing.pki-dir")
    Optional<String> pkiDir;

    @Inject
    @ConfigProperty(name = "motcua.signing.keystore-password",
            defaultValue = SigningConfiguration.DEVELOPMENT_PASSWORD)
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "motcua.signing.tsa-url")
    Optional<String> tsaUrl;

    @Inject
    @ConfigProperty(name = "motcua.signing.keys", defaultValue = "pkcs12")
    String keys;

    @Inject
    @ConfigProperty(name = "motcua.signing.pkcs11.library")
    Optional<String> pkcs11Library;

    @Inject
    @ConfigProperty(name = "motcua.signing.pkcs11.slot")
    Optional<Long> pkcs11Slot;

    @Inject
    @ConfigProperty(name = "motcua.signing.pkcs11.slot-list-index")
    Optional<Integer> pkcs11SlotListIndex;

    @Inject
    @ConfigProperty(name = "motcua.signing.pkcs11.pin")
    Optional<String> pkcs11Pin;

    @Inject
    @ConfigProperty(name = "motcua.signing.pkcs11.official-alias", defaultValue = "{username}")
    String officialAlias;

    @Inject
    @ConfigProperty(name = "motcua.signing.pkcs11.seal-alias", defaultValue = "seal-{agencyCode}")
    String sealAlias;

    @Inject
    @ConfigProperty(name = "motcua.signing.trust-development-root", defaultValue = "true")
    boolean trustDevelopmentRoot;

    @Inject
    @ConfigProperty(name = "motcua.signing.trusted-roots")
    Optional<String> trustedRoots;

    @Inject
    @ConfigProperty(name = "motcua.signing.accept-missing-revocation", defaultValue = "false")
    boolean acceptMissingRevocation;

    /** The settings as values; fails naming the property when one is wrong. */
    public SigningConfiguration configuration() {
        Path pki = pkiDir.filter(s -> !s.isBlank()).map(Path::of).orElse(dataDirectory().resolve("pki"));
        URI tsa = tsaUrl.filter(s -> !s.isBlank()).map(s -> {
            try {
                return URI.create(s.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("motcua.signing.tsa-url is not a URL: " + s, e);
            }
        }).orElse(null);
        Pkcs11Configuration token = switch (keys.strip().toLowerCase(Locale.ROOT)) {
            case "pkcs12" -> null;
            case "pkcs11" -> pkcs11();
            default -> throw new IllegalStateException("motcua.signing.keys must be pkcs12 or pkcs11, not " + keys);
        };
        List<Path> roots = trustedRoots.map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(p -> !p.isEmpty()).map(Path::of).toList()).orElse(List.of());
        return new SigningConfiguration(pki, keystorePassword.toCharArray(), tsa, token, sealAlias,
                trustDevelopmentRoot, roots, acceptMissingRevocation);
    }

    private Pkcs11Configuration pkcs11() {
        String library = pkcs11Library.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "motcua.signing.pkcs11.library is required when motcua.signing.keys=pkcs11"));
        String pin = pkcs11Pin.orElseThrow(() -> new IllegalStateException(
                "motcua.signing.pkcs11.pin is required when motcua.signing.keys=pkcs11"));
        try {
            return new Pkcs11Configuration(Path.of(library), pkcs11Slot.orElse(null),
                    pkcs11SlotListIndex.orElse(null), pin.toCharArray(), officialAlias);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("motcua.signing.pkcs11.*: " + e.getMessage(), e);
        }
    }

    /** The data folder, found the same way as the database's (system property, environment, {@code ./data}). */
    static Path dataDirectory() {
        String dir = System.getProperty("motcua.data.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("MOTCUA_DATA_DIR");
        }
        if (dir == null || dir.isBlank()) {
            dir = "data";
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
