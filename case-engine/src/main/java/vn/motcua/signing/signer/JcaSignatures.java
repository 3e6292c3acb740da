package vn.motcua.signing.signer;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.util.Locale;
import java.util.Objects;

/** Signs with a JCA private key: the signature algorithm name from the digest and the key's algorithm. */
final class JcaSignatures {

    private JcaSignatures() {
    }

    /** E.g. {@code SHA256withECDSA} for digest {@code SHA256} (or {@code SHA-256}) and an EC key. */
    static String algorithm(String digestAlgorithm, String keyAlgorithm) {
        Objects.requireNonNull(digestAlgorithm, "digest algorithm is required");
        String digest = digestAlgorithm.toUpperCase(Locale.ROOT).replace("-", "");
        if (!digest.matches("SHA(224|256|384|512)")) {
            throw new IllegalArgumentException("unsupported digest algorithm " + digestAlgorithm);
        }
        return switch (keyAlgorithm) {
            case "EC", "ECDSA" -> digest + "withECDSA";
            case "RSA" -> digest + "withRSA";
            default -> throw new IllegalArgumentException("unsupported key algorithm " + keyAlgorithm);
        };
    }

    static byte[] sign(PrivateKey key, Provider provider, byte[] data, String digestAlgorithm) {
        Objects.requireNonNull(data, "data to sign is required");
        try {
            String algorithm = algorithm(digestAlgorithm, key.getAlgorithm());
            Signature signature = provider == null ? Signature.getInstance(algorithm)
                    : Signature.getInstance(algorithm, provider);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("the signing key refused to sign: " + e.getMessage(), e);
        }
    }
}
