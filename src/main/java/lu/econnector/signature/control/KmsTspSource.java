package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * DSS's {@link TSPSource} on the KMS's sign-timestamp: every request carries a fresh random
 * nonce (RFC 3161 section 2.4.1, against replayed answers), and every token is checked
 * before DSS embeds it.
 */
public class KmsTspSource implements TSPSource {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient TimestampAuthority authority;
    private final transient TimestampTokenCheck check;

    public KmsTspSource(TimestampAuthority authority, TimestampTokenCheck check) {
        this.authority = authority;
        this.check = check;
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm digestAlgorithm, byte[] digest) {
        BigInteger nonce = new BigInteger(64, RANDOM);
        // Called by DSS while it signs: the KMS client runs with the application's context class loader.
        byte[] token = ServiceLookupCache.outside(() -> authority.timestamp(digest, digestAlgorithm, nonce));
        check.check(token, digestAlgorithm, digest, nonce);
        return new TimestampBinary(token);
    }
}
