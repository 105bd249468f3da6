package lu.econnector.signature.control;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import java.security.cert.X509Certificate;
import java.util.Set;
import lu.econnector.signature.entity.KmsTrustAnchors;

/**
 * The certificate verifier DSS gathers long-term validation data with (ETSI EN 319 142-1
 * section 6.3, PAdES-BASELINE-LT): the truststore's roots as anchors, its CAs as the
 * certificates that complete a chain (the TSA's issuer is nowhere else: the KMS's timestamp
 * token carries the TSA certificate only), and CRLs from the truststore CAs' distribution
 * points only. DSS fetches revocation data only for chains ending at a trust anchor.
 */
final class TruststoreVerifier {

    private TruststoreVerifier() {
    }

    /** The CRL source of both the signer and the validator: only the truststore CAs' CRLs. */
    static CRLSource crls(KmsTrustAnchors anchors, DataLoader loader) {
        return new TrustedIssuersCrlSource(new DistributionPointCrlSource(loader), Set.of(
                new CertificateToken(anchors.rootSigningCa()), new CertificateToken(anchors.signingCa()),
                new CertificateToken(anchors.timestampCa())));
    }

    /** A verifier per signature: DSS's verifier keeps state between calls. */
    static CommonCertificateVerifier of(KmsTrustAnchors anchors, CRLSource crls) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        anchors.roots().forEach(root -> trusted.addCertificate(new CertificateToken(root)));
        CommonCertificateSource intermediates = new CommonCertificateSource();
        for (X509Certificate ca : new X509Certificate[] {anchors.signingCa(), anchors.timestampCa()}) {
            intermediates.addCertificate(new CertificateToken(ca));
        }
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAdjunctCertSources(intermediates);
        verifier.setCrlSource(crls);
        return verifier;
    }
}
