package lu.econnector.signature.control;

import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.CertificateExtensionsUtils;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CRLs fetched at the certificates' CRL distribution points (RFC 5280 section 4.2.1.13), for
 * the validator: the CAs and the TSA need revocation data for a TOTAL_PASSED (docs/verified-facts.md,
 * "Signature stack"). DSS's own online source lives in dss-service, with Apache HttpClient;
 * this one takes any DSS {@link DataLoader}: the JDK's in production, a map in tests. Each
 * CRL is kept until its {@code nextUpdate} ({@link CrlCache}), rather than fetched for every
 * signature and every validation.
 */
public class DistributionPointCrlSource implements CRLSource {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DistributionPointCrlSource.class.getName());

    /** Far more than the few CAs a truststore holds. */
    private static final int KEPT_CRLS = 64;

    private final transient DataLoader loader;
    private final transient CrlCache kept;

    public DistributionPointCrlSource(DataLoader loader) {
        this(loader, new CrlCache(Clock.systemUTC(), KEPT_CRLS));
    }

    DistributionPointCrlSource(DataLoader loader, CrlCache kept) {
        this.loader = loader;
        this.kept = kept;
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
            CRLValidity validity = kept.fresh(url, issuer);
            if (validity == null) {
                byte[] der = loader.get(url);
                if (der == null || der.length == 0) {
                    return null;
                }
                validity = CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(der), issuer);
                kept.keep(url, issuer, validity);
            }
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
