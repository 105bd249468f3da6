package lu.econnector.signature.control;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * RFC 5280 section 6 path validation of the KMS's certificates against one certificate of
 * the truststore: each link's signature, validity at a given time, name chaining and CA
 * constraints. Revocation is not checked here: it is the validator's business (DSS, with
 * CRLs); this check is about where the certificates come from.
 */
final class CertificatePaths {

    private CertificatePaths() {
    }

    /**
     * @param path   the certificates from the end entity up, not including the anchor
     * @param anchor the truststore certificate the path must end under
     * @throws GeneralSecurityException when the path does not lead to the anchor at {@code at}
     */
    static void validate(List<X509Certificate> path, X509Certificate anchor, Date at) throws GeneralSecurityException {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(at);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
    }
}
