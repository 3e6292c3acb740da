package vn.motcua.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import vn.motcua.signing.pki.DevelopmentPki;
import vn.motcua.signing.signer.Pkcs11Configuration;
import vn.motcua.signing.signer.Pkcs11SignatureProvider;

/**
 * Runs in a JVM of its own, started with {@code SOFTHSM2_CONF} set (a JVM cannot set its own environment, and
 * SoftHSM reads it when the library is loaded): generates the official's key and the agency's seal key on the
 * token, has the development CA certify them, stores the certificates next to the keys, then signs a PDF and seals it
 * over that signature through {@link SigningService} in PKCS#11 mode — the result's two signatures, from a token.
 *
 * <p>Arguments: PKI directory, PKCS#11 library, slot id, PIN, input PDF, output PDF.
 */
public final class SoftHsmSigner {

    private SoftHsmSigner() {
    }

    public static void main(String[] args) throws Exception {
        Path pkiDirectory = Path.of(args[0]);
        Pkcs11Configuration token = new Pkcs11Configuration(Path.of(args[1]), Long.parseLong(args[2]), null,
                args[3].toCharArray(), "{username}");
        OfficialSigner who = SignedDocuments.DEPUTY;

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Pkcs11SignatureProvider.provider(token));
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        DevelopmentPki pki = new DevelopmentPki(pkiDirectory, SigningConfiguration.DEVELOPMENT_PASSWORD.toCharArray(),
                Clock.systemUTC());
        X509Certificate certificate = pki.issueOfficialCertificate(who.username(), who.fullName(), who.agencyName(),
                keys.getPublic());
        KeyStore keyStore = Pkcs11SignatureProvider.keyStore(token);
        keyStore.setKeyEntry(who.username(), keys.getPrivate(), null,
                new Certificate[] {certificate, pki.rootCertificate()});
        System.out.println("key class on token: " + keys.getPrivate().getClass().getName());
        KeyPair sealKeys = generator.generateKeyPair();
        keyStore.setKeyEntry("seal-" + who.agencyCode(), sealKeys.getPrivate(), null, new Certificate[] {
            pki.issueSealCertificate(who.agencyCode(), who.agencyName(), sealKeys.getPublic()), pki.rootCertificate()});

        SigningService service = SigningService.create(
                SigningConfiguration.development(pkiDirectory).withPkcs11(token, null), Clock.systemUTC());
        byte[] signed = service.signAsOfficial(Files.readAllBytes(Path.of(args[4])), who);
        byte[] sealed = service.sealAsAgency(signed, who.agencyCode(), who.agencyName(), "Số: 01/GCN-UBND");
        Files.write(Path.of(args[5]), sealed);
        System.out.println("signed through PKCS#11");
    }
}
