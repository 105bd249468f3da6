package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import java.math.BigInteger;

/**
 * The KMS's sign-timestamp (docs/upstreams.md section 2): an RFC 3161 time-stamp authority that
 * takes the digest, not the request. Implemented by the KMS client and by the tests' TSA.
 */
public interface TimestampAuthority {

    /** @return the DER TimeStampToken (RFC 3161 section 2.4.2, a CMS SignedData) */
    byte[] timestamp(byte[] digest, DigestAlgorithm digestAlgorithm, BigInteger nonce);
}
