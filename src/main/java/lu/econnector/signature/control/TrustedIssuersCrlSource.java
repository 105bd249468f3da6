package lu.econnector.signature.control;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.util.Set;

/**
 * Fetches CRLs only for certificates that a CA of the truststore issued. A PDF to validate
 * comes from a caller, and so do the distribution-point URLs in its certificates: following
 * those of an arbitrary issuer would let any caller make the server fetch any URL.
 */
final class TrustedIssuersCrlSource implements CRLSource {

    private static final long serialVersionUID = 1L;

    private final CRLSource delegate;
    private final Set<CertificateToken> trustedIssuers;

    TrustedIssuersCrlSource(CRLSource delegate, Set<CertificateToken> trustedIssuers) {
        this.delegate = delegate;
        this.trustedIssuers = Set.copyOf(trustedIssuers);
    }

    @Override
    public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        return issuer != null && trustedIssuers.contains(issuer) ? delegate.getRevocationToken(certificate, issuer)
                : null;
    }
}
