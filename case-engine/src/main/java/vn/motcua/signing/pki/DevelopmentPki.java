package vn.motcua.signing.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DisplayText;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.bouncycastle.asn1.x509.UserNotice;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The development certification authority: a self-made root and the certificates it issues to officials (personal
 * signatures), to agencies (organisation seals) and to the in-process time-stamping authority.
 *
 * <p>Why: signatures must be real PAdES signatures that independent validators accept, also on a developer's
 * machine or in the demo, where no certificate from a licensed Vietnamese CA is at hand. Everything this class
 * issues says {@value #NOT_FOR_PRODUCTION} in its subject and in a certificate-policy notice.
 *
 * <p>Keys are EC P-256, kept in PKCS#12 files under the directory given (the application passes
 * {@code <data dir>/pki}): {@code root.p12}, {@code tsa.p12}, {@code officials/<username>.p12},
 * {@code seals/<agency code>.p12}, all protected by one password (a documented development default unless
 * configured). The root lives 10 years, the others 3 years. Creation is idempotent and safe between threads and
 * processes sharing the directory: it happens under an exclusive lock on {@code .lock}, and each file is written
 * to a temporary name and moved into place atomically, so a second caller finds and reuses what the first made.
 */
public final class DevelopmentPki {

    /** The words every development certificate carries. */
    public static final String NOT_FOR_PRODUCTION = "MotCua development CA — NOT FOR PRODUCTION";
    /** Certificate policy of the development CA (a UUID-based OID, ITU-T X.667, needs no registration). */
    public static final String POLICY_OID = "2.25.230365880461311207546839374386592415577";
    /** Policy under which the development time-stamping authority issues its tokens. */
    public static final String TSA_POLICY_OID = "2.25.230365880461311207546839374386592415577.1";

    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final String ROOT = "root";
    private static final String TSA = "tsa";
    private static final String KEY_ALIAS = "key";
    /**
     * Development certificates are valid from this long before they are first needed: the demo replays its dossiers
     * with the application clock set back by weeks, and its first signature may not be its earliest one.
     */
    private static final Duration BACKDATE = Duration.ofDays(180);
    private static final Duration ROOT_LIFETIME = Duration.ofDays(3653);
    private static final Duration LEAF_LIFETIME = Duration.ofDays(1096);
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private final Path directory;
    private final char[] password;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile KeyStore.PrivateKeyEntry root;

    /**
     * @param directory where the keystores are kept (created if missing)
     * @param password  the password of every keystore and key in it
     * @param clock     the application clock: validity periods and CRLs start from its time
     */
    public DevelopmentPki(Path directory, char[] password, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "PKI directory is required").toAbsolutePath().normalize();
        this.password = Objects.requireNonNull(password, "keystore password is required").clone();
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /** The root certificate, created on first use. */
    public X509Certificate rootCertificate() {
        return (X509Certificate) root().getCertificate();
    }

    /** The root certificate in PEM, e.g. to import into a validator's trust store. */
    public String rootCertificatePem() {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(rootCertificate().getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot encode the root certificate", e);
        }
    }

    /**
     * The key and certificate chain (own certificate, root) of an official, issued on first use. A stored
     * certificate whose name or agency no longer matches is replaced by a new one.
     */
    public KeyStore.PrivateKeyEntry officialKey(String username, String fullName, String agencyName) {
        X500Name subject = officialSubject(username, fullName, agencyName);
        return entry(directory.resolve("officials").resolve(fileName(username)), subject,
                keys -> issue(subject, keys.getPublic(), Purpose.PERSON));
    }

    /** The key and certificate chain of an agency's seal, issued on first use. */
    public KeyStore.PrivateKeyEntry sealKey(String agencyCode, String agencyName) {
        X500Name subject = sealSubject(agencyCode, agencyName);
        return entry(directory.resolve("seals").resolve(fileName(agencyCode)), subject,
                keys -> issue(subject, keys.getPublic(), Purpose.SEAL));
    }

    /** The key and certificate chain of the time-stamping authority, issued on first use. */
    public KeyStore.PrivateKeyEntry timeStampingKey() {
        X500Name subject = developmentName("MotCua Development Time-Stamping Authority");
        return entry(directory.resolve(TSA + ".p12"), subject, keys -> issue(subject, keys.getPublic(), Purpose.TSA));
    }

    /**
     * A personal signing certificate for a key kept elsewhere (a PKCS#11 token): the key never comes here.
     *
     * @return the certificate; the chain is this certificate followed by {@link #rootCertificate()}
     */
    public X509Certificate issueOfficialCertificate(String username, String fullName, String agencyName,
                                                    PublicKey publicKey) {
        return issue(officialSubject(username, fullName, agencyName), publicKey, Purpose.PERSON);
    }

    /**
     * An agency seal certificate for a key kept elsewhere (a PKCS#11 token): the key never comes here.
     *
     * @return the certificate; the chain is this certificate followed by {@link #rootCertificate()}
     */
    public X509Certificate issueSealCertificate(String agencyCode, String agencyName, PublicKey publicKey) {
        return issue(sealSubject(agencyCode, agencyName), publicKey, Purpose.SEAL);
    }

    /**
     * A certificate revocation list of the root, listing nothing, valid from now for 7 days. Verification gives it
     * to the validator offline, so development signatures have revocation information without any network.
     */
    public byte[] currentCrl() {
        KeyStore.PrivateKeyEntry ca = root();
        X509Certificate rootCertificate = (X509Certificate) ca.getCertificate();
        Instant now = clock.instant();
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(rootCertificate.getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(rootCertificate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            return builder.build(signer(ca.getPrivateKey())).getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot issue the development CRL", e);
        }
    }

    /** The chain of an entry as X.509 certificates, own certificate first. */
    public static List<X509Certificate> chainOf(KeyStore.PrivateKeyEntry entry) {
        return Arrays.stream(entry.getCertificateChain()).map(X509Certificate.class::cast).toList();
    }

    private KeyStore.PrivateKeyEntry root() {
        KeyStore.PrivateKeyEntry loaded = root;
        if (loaded == null) {
            X500Name subject = developmentName("MotCua Development Root CA");
            loaded = withLock(() -> {
                Path file = directory.resolve(ROOT + ".p12");
                if (Files.exists(file)) {
                    return load(file);
                }
                KeyPair keys = newKeyPair();
                X509Certificate certificate = certificate(subject, subject, keys.getPublic(), keys.getPrivate(),
                        ROOT_LIFETIME, Purpose.ROOT, null);
                KeyStore.PrivateKeyEntry created = new KeyStore.PrivateKeyEntry(keys.getPrivate(),
                        new Certificate[] {certificate});
                store(file, created);
                return created;
            });
            root = loaded;
        }
        return loaded;
    }

    /** The entry in {@code file}, or a new key with the certificate {@code issuer} makes, stored there. */
    private KeyStore.PrivateKeyEntry entry(Path file, X500Name subject, Issuer issuer) {
        KeyStore.PrivateKeyEntry ca = root();
        return withLock(() -> {
            if (Files.exists(file)) {
                KeyStore.PrivateKeyEntry existing = load(file);
                X509Certificate certificate = (X509Certificate) existing.getCertificate();
                if (X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).equals(subject)) {
                    return existing;
                }
            }
            KeyPair keys = newKeyPair();
            KeyStore.PrivateKeyEntry created = new KeyStore.PrivateKeyEntry(keys.getPrivate(),
                    new Certificate[] {issuer.issue(keys), ca.getCertificate()});
            store(file, created);
            return created;
        });
    }

    private X509Certificate issue(X500Name subject, PublicKey publicKey, Purpose purpose) {
        KeyStore.PrivateKeyEntry ca = root();
        X509Certificate rootCertificate = (X509Certificate) ca.getCertificate();
        return certificate(X500Name.getInstance(rootCertificate.getSubjectX500Principal().getEncoded()), subject,
                publicKey, ca.getPrivateKey(), LEAF_LIFETIME, purpose, rootCertificate);
    }

    private X509Certificate certificate(X500Name issuer, X500Name subject, PublicKey publicKey, PrivateKey signingKey,
                                        Duration lifetime, Purpose purpose, X509Certificate issuerCertificate) {
        Instant from = clock.instant().minus(BACKDATE);
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                    Date.from(from), Date.from(from.plus(lifetime)), subject, publicKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey));
            if (issuerCertificate != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuerCertificate));
            }
            builder.addExtension(Extension.certificatePolicies, false, developmentPolicy());
            switch (purpose) {
                case ROOT -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                }
                case PERSON, SEAL -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    ASN1ObjectIdentifier type = purpose == Purpose.SEAL
                            ? ETSIQCObjectIdentifiers.id_etsi_qct_eseal : ETSIQCObjectIdentifiers.id_etsi_qct_esign;
                    builder.addExtension(Extension.qCStatements, false, new DERSequence(
                            new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcType, new DERSequence(type))));
                }
                case TSA -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                }
            }
            X509CertificateHolder holder = builder.build(signer(signingKey));
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot issue a certificate for " + subject, e);
        }
    }

    private static CertificatePolicies developmentPolicy() {
        UserNotice notice = new UserNotice(null,
                new DisplayText(DisplayText.CONTENT_TYPE_UTF8STRING, NOT_FOR_PRODUCTION));
        return new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(POLICY_OID),
                new DERSequence(new PolicyQualifierInfo(PolicyQualifierId.id_qt_unotice, notice))));
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
        } catch (OperatorCreationException e) {
            throw new PkiException("cannot sign with the development CA", e);
        }
    }

    static X500Name officialSubject(String username, String fullName, String agencyName) {
        requireText(username, "username");
        requireText(fullName, "full name");
        requireText(agencyName, "agency name");
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, agencyName)
                .addRDN(BCStyle.OU, NOT_FOR_PRODUCTION)
                .addRDN(BCStyle.UID, username)
                .addRDN(BCStyle.CN, fullName)
                .build();
    }

    static X500Name sealSubject(String agencyCode, String agencyName) {
        requireText(agencyCode, "agency code");
        requireText(agencyName, "agency name");
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, agencyName)
                .addRDN(BCStyle.OU, NOT_FOR_PRODUCTION)
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, agencyCode)
                .addRDN(BCStyle.CN, agencyName)
                .build();
    }

    private static X500Name developmentName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, NOT_FOR_PRODUCTION)
                .addRDN(BCStyle.OU, "NOT FOR PRODUCTION")
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private BigInteger serialNumber() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[0] &= 0x7F;
        bytes[0] |= 0x01;
        return new BigInteger(bytes);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot generate an EC P-256 key", e);
        }
    }

    /** A file name for a username or agency code: safe characters kept, anything else hex-encoded. */
    static String fileName(String id) {
        requireText(id, "identifier");
        if (id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,100}")) {
            return id.toLowerCase(Locale.ROOT) + ".p12";
        }
        return "x" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8)) + ".p12";
    }

    private KeyStore.PrivateKeyEntry load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, password);
            return (KeyStore.PrivateKeyEntry) keyStore.getEntry(KEY_ALIAS, new KeyStore.PasswordProtection(password));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot read " + file + " (wrong motcua.signing.keystore-password?)", e);
        }
    }

    private void store(Path file, KeyStore.PrivateKeyEntry entry) {
        try {
            Files.createDirectories(file.getParent());
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, password);
            keyStore.setEntry(KEY_ALIAS, entry, new KeyStore.PasswordProtection(password));
            Path temporary = Files.createTempFile(file.getParent(), ".new-", ".p12");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                keyStore.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot write " + file, e);
        }
    }

    /** Runs {@code action} holding this directory's lock, in this JVM and (through {@code .lock}) between JVMs. */
    private <T> T withLock(Locked<T> action) {
        synchronized (LOCKS.computeIfAbsent(directory, d -> new Object())) {
            try {
                Files.createDirectories(directory);
                try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    return action.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock the PKI directory " + directory, e);
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    private enum Purpose { ROOT, PERSON, SEAL, TSA }

    @FunctionalInterface
    private interface Issuer {
        X509Certificate issue(KeyPair keys);
    }

    @FunctionalInterface
    private interface Locked<T> {
        T run();
    }
}
