package vn.motcua.signing.timestamp;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * DSS's time-stamp source backed by the in-process {@link TimeStampAuthority}: the same RFC 3161 request and
 * response bytes as over HTTP, without a server, for tests, the demo and a single-node development set-up.
 */
public final class InProcessTspSource implements TSPSource {

    private static final long serialVersionUID = 1L;

    private final transient TimeStampAuthority authority;
    private final SecureRandom random = new SecureRandom();

    public InProcessTspSource(TimeStampAuthority authority) {
        this.authority = Objects.requireNonNull(authority, "time-stamping authority is required");
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        try {
            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(new ASN1ObjectIdentifier(digestAlgorithm.getOid()), digest,
                    new BigInteger(64, random));
            TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new DSSException("the time-stamping authority refused: " + response.getStatusString());
            }
            return new TimestampBinary(token.getEncoded());
        } catch (IOException | TSPException e) {
            throw new DSSException("no time stamp from the in-process authority: " + e.getMessage(), e);
        }
    }
}
