package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.signing.pki.DevelopmentPki;
import vn.motcua.signing.timestamp.TimeStampAuthority;

/** The RFC 3161 authority answers requests with signed tokens, unique serials, and rejects garbage. */
class TimeStampAuthorityTest {

    @TempDir
    Path directory;

    TimeStampAuthority authority;
    X509Certificate tsaCertificate;

    @BeforeEach
    void authority() {
        DevelopmentPki pki = new DevelopmentPki(directory, "test-only".toCharArray(), Clock.systemUTC());
        KeyStore.PrivateKeyEntry key = pki.timeStampingKey();
        tsaCertificate = (X509Certificate) key.getCertificate();
        authority = new TimeStampAuthority(key.getPrivateKey(), DevelopmentPki.chainOf(key),
                DevelopmentPki.TSA_POLICY_OID, Clock.systemUTC());
    }

    @Test
    void aRequestGetsASignedTokenOverItsDigestAtTheCurrentTime() throws Exception {
        TimeStampRequest request = request(BigInteger.valueOf(42));

        TimeStampResponse response = new TimeStampResponse(authority.respond(request.getEncoded()));

        response.validate(request);
        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        TimeStampToken token = response.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate));
        assertThat(token.getTimeStampInfo().getPolicy().getId()).isEqualTo(DevelopmentPki.TSA_POLICY_OID);
        assertThat(token.getTimeStampInfo().getGenTime().toInstant())
                .isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plusSeconds(1));
        assertThat(token.getCertificates().getMatches(null)).hasSize(2);
    }

    @Test
    void serialNumbersAreUnique() throws Exception {
        Set<BigInteger> serials = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            TimeStampResponse response = new TimeStampResponse(authority.respond(request(BigInteger.valueOf(i))
                    .getEncoded()));
            serials.add(response.getTimeStampToken().getTimeStampInfo().getSerialNumber());
        }
        assertThat(serials).hasSize(50);
    }

    @Test
    void aMalformedRequestIsRejected() throws Exception {
        TimeStampResponse response = new TimeStampResponse(authority.respond(new byte[] {0x30, 0x03, 0x02, 0x01}));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getTimeStampToken()).isNull();
    }

    private static TimeStampRequest request(BigInteger nonce) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        return generator.generate(NISTObjectIdentifiers.id_sha256, new byte[32], nonce);
    }
}
