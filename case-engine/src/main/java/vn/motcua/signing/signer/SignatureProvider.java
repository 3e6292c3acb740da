package vn.motcua.signing.signer;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The port through which a signature is made: the server computes what is to be signed (the DER-encoded signed
 * attributes of the CMS signature), a provider signs it with a key it keeps to itself and returns the signature.
 *
 * <p>Why: the key may sit in a PKCS#12 file, in an HSM or on a USB token (PKCS#11), or with a remote-signing
 * service; the workflow and the PAdES code do not change with it. A private key never leaves its provider.
 */
public interface SignatureProvider {

    /** The signer's certificate first, then its issuers (the root may be left out). */
    List<X509Certificate> certificateChain();

    /**
     * The signature of {@code dataToSign}: the provider hashes it with {@code digestAlgorithm} and signs the hash
     * with the key of {@link #certificateChain()}'s first certificate (RSA PKCS#1 v1.5, or ECDSA as DER).
     *
     * @param digestAlgorithm e.g. {@code SHA256}, {@code SHA384}, {@code SHA512}
     */
    byte[] sign(byte[] dataToSign, String digestAlgorithm);
}
