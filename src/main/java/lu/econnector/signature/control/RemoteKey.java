package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The professional's key, held by the KMS (docs/upstreams.md section 2). Implemented by the KMS
 * client and by the tests' local key. What it answers is checked by {@link PadesSigner}.
 */
public interface RemoteKey {

    /** get-certificate: the professional's signing certificate first, then the chain as given. */
    List<X509Certificate> certificateChain();

    /**
     * sign-data: the KMS signs a digest it did not compute and never sees the data.
     *
     * @return the raw signature value with the algorithm the KMS says it used
     */
    SignatureValue sign(byte[] digest, DigestAlgorithm digestAlgorithm, SignatureAlgorithm requested);
}
