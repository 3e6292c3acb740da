package vn.motcua.signing.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority: answers a DER time-stamp request with a DER time-stamp response, signed with
 * the TSA key (extended key usage timeStamping) and carrying the TSA's certificate chain.
 *
 * <p>Why: a PAdES B-T signature needs a trusted time; in development and in the demo the application is its own
 * TSA (served over HTTP by the web layer as {@code application/timestamp-query} → {@code application/timestamp-reply},
 * and used in-process by {@link InProcessTspSource}). Serial numbers are 128 random bits, unique without any
 * coordination between nodes. Time comes from the application clock. Thread-safe.
 */
public final class TimeStampAuthority {

    private final TimeStampResponseGenerator generator;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param key   the TSA's private key
     * @param chain the TSA certificate first, then its issuers
     * @param policy the TSA policy OID stamped into each token
     */
    public TimeStampAuthority(PrivateKey key, List<X509Certificate> chain, String policy, Clock clock) {
        Objects.requireNonNull(key, "TSA key is required");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("the TSA certificate chain is required");
        }
        this.clock = Objects.requireNonNull(clock, "clock is required");
        try {
            String algorithm = "SHA256with" + ("EC".equals(key.getAlgorithm()) ? "ECDSA" : key.getAlgorithm());
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build(algorithm, key, chain.get(0)),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(policy));
            tokens.addCertificates(new JcaCertStore(chain));
            this.generator = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (OperatorCreationException | GeneralSecurityException | TSPException e) {
            throw new IllegalStateException("cannot set up the time-stamping authority", e);
        }
    }

    /**
     * The DER time-stamp response to a DER time-stamp request: granted with a token, or a rejection
     * (badDataFormat, badAlg, …) when the request is malformed or asks for an unsupported digest.
     */
    public byte[] respond(byte[] derTimeStampRequest) {
        Objects.requireNonNull(derTimeStampRequest, "time-stamp request is required");
        try {
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(derTimeStampRequest);
            } catch (IOException | IllegalArgumentException | ClassCastException e) {
                return generator.generateFailResponse(PKIStatus.REJECTION, PKIFailureInfo.badDataFormat,
                        "malformed time-stamp request").getEncoded();
            }
            return generator.generate(request, serialNumber(), Date.from(clock.instant())).getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("the time-stamping authority failed", e);
        }
    }

    private BigInteger serialNumber() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new BigInteger(1, bytes);
    }
}
