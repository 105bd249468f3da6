package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.security.cert.X509Certificate;

/**
 * A certificate that its CA has revoked must sign nothing: checked on the CA's CRL (RFC 5280
 * section 5) before the KMS is asked to sign, so that no signature by a revoked key exists at
 * all. A certificate without a distribution point, or a CRL out of reach, passes: the signer's
 * certificate may say that no revocation data is published for it ({@code noRevAvail}).
 */
final class SignerRevocationCheck {

    private final CRLSource crls;

    SignerRevocationCheck(CRLSource crls) {
        this.crls = crls;
    }

    void check(X509Certificate signer, X509Certificate issuer) {
        CRLToken crl = crls.getRevocationToken(new CertificateToken(signer), new CertificateToken(issuer));
        if (crl != null && crl.isValid() && crl.getStatus() == CertificateStatus.REVOKED) {
            throw KmsAnswerRejection.of("the signing certificate from get-certificate (serial "
                    + signer.getSerialNumber().toString(16) + ", issued by " + issuer.getSubjectX500Principal().getName()
                    + ") was revoked by its CA on " + crl.getRevocationDate().toInstant());
        }
    }
}
