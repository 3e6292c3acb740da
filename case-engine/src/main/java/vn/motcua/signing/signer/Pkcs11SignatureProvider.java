package vn.motcua.signing.signer;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs with a key on a PKCS#11 token or HSM through the JDK's SunPKCS11 provider. The private key is a handle:
 * hashing may happen here, the signing operation happens on the token, and the key never leaves it.
 *
 * <p>One SunPKCS11 provider (one logged-in session pool) is kept per token for the life of the JVM, shared by all
 * aliases on it.
 */
public final class Pkcs11SignatureProvider implements SignatureProvider {

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private final Token token;
    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public Pkcs11SignatureProvider(Pkcs11Configuration configuration) {
        Objects.requireNonNull(configuration, "PKCS#11 configuration is required");
        this.token = TOKENS.computeIfAbsent(configuration.sunPkcs11Config(), k -> Token.open(configuration));
        try {
            String alias = configuration.keyAlias();
            PrivateKey found = (PrivateKey) token.keyStore.getKey(alias, null);
            Certificate[] certificates = token.keyStore.getCertificateChain(alias);
            if (found == null || certificates == null || certificates.length == 0) {
                throw new SigningKeyException("no key with certificate under alias '" + alias + "' on the token");
            }
            this.key = found;
            this.chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("cannot read key '" + configuration.keyAlias() + "' from the token", e);
        }
    }

    /** The SunPKCS11 provider and the logged-in keystore of {@code configuration}'s token (opened on first use). */
    public static KeyStore keyStore(Pkcs11Configuration configuration) {
        return TOKENS.computeIfAbsent(configuration.sunPkcs11Config(), k -> Token.open(configuration)).keyStore;
    }

    /** The SunPKCS11 provider of {@code configuration}'s token, e.g. to generate a key pair on it. */
    public static Provider provider(Pkcs11Configuration configuration) {
        return TOKENS.computeIfAbsent(configuration.sunPkcs11Config(), k -> Token.open(configuration)).provider;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] dataToSign, String digestAlgorithm) {
        return JcaSignatures.sign(key, token.provider, dataToSign, digestAlgorithm);
    }

    private record Token(Provider provider, KeyStore keyStore) {

        static Token open(Pkcs11Configuration configuration) {
            Provider base = Security.getProvider("SunPKCS11");
            if (base == null) {
                throw new SigningKeyException("this JVM has no SunPKCS11 provider");
            }
            try {
                Provider provider = base.configure(configuration.sunPkcs11Config());
                KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
                keyStore.load(null, configuration.pin());
                return new Token(provider, keyStore);
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                throw new SigningKeyException("cannot open the PKCS#11 token (" + configuration + "): "
                        + e.getMessage(), e);
            }
        }
    }
}
