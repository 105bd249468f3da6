package lu.econnector.signature.control;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.CertificateExtensionsUtils;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CRLs fetched at the certificates' CRL distribution points (RFC 5280 section 4.2.1.13), for
 * the validator: the CAs and the TSA need revocation data for a TOTAL_PASSED (NOTES.md,
 * signature stack). DSS's own online source lives in dss-service, with Apache HttpClient;
 * this one takes any DSS {@link DataLoader}: the JDK's in production, a map in tests.
 */
public class DistributionPointCrlSource implements CRLSource {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DistributionPointCrlSource.class.getName());

    private final transient DataLoader loader;

    public DistributionPointCrlSource(DataLoader loader) {
        this.loader = loader;
    }

    /** @return a CRL of the issuer that covers the certificate, or null when none could be had */
    @Override
    public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        if (issuer == null) {
            return null;
        }
        for (String url : CertificateExtensionsUtils.getCRLAccessUrls(certificate)) {
            CRLToken token = fetch(url, certificate, issuer);
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    private CRLToken fetch(String url, CertificateToken certificate, CertificateToken issuer) {
        try {
            byte[] der = loader.get(url);
            if (der == null || der.length == 0) {
                return null;
            }
            CRLBinary binary = CRLUtils.buildCRLBinary(der);
            CRLValidity validity = CRLUtils.buildCRLValidity(binary, issuer);
            CRLToken token = new CRLToken(certificate, validity);
            token.setExternalOrigin(RevocationOrigin.EXTERNAL);
            token.setSourceURL(url);
            return token;
        } catch (Exception e) {
            // A CA's CRL out of reach makes the result INDETERMINATE, which the report says.
            LOG.log(Level.FINE, "no CRL from " + url, e);
            return null;
        }
    }
}
