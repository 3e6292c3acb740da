package vn.motcua.signing.signer;

import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Signs with a software key from a PKCS#12 keystore entry (the development CA's keystores by default). The entry
 * stays inside this object; only signatures come out.
 */
public final class Pkcs12SignatureProvider implements SignatureProvider {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public Pkcs12SignatureProvider(KeyStore.PrivateKeyEntry entry) {
        Objects.requireNonNull(entry, "keystore entry is required");
        this.key = entry.getPrivateKey();
        this.chain = Arrays.stream(entry.getCertificateChain()).map(X509Certificate.class::cast).toList();
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public byte[] sign(byte[] dataToSign, String digestAlgorithm) {
        return JcaSignatures.sign(key, null, dataToSign, digestAlgorithm);
    }
}
