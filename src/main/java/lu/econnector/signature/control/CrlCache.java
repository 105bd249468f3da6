package lu.econnector.signature.control;

import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CRLs fetched at distribution points, parsed and with their signature checked against
 * the issuer, each kept until the {@code nextUpdate} its CA wrote in it (RFC 5280 section
 * 5.1.2.5: the date by which the CA promises the next CRL). Until then the CA's answer cannot
 * change by its own rules, so fetching it again for every signature only costs a round trip
 * per CA; from {@code nextUpdate} on, the next use fetches the new CRL, and a certificate it
 * revokes is refused from then on.
 *
 * <p>Kept only: CRLs whose signature the issuer's key verifies, and whose {@code nextUpdate}
 * is still ahead; a CRL without one (no promise) is fetched at every use. Keyed by URL and
 * issuer, as the check of its signature depends on both. At most {@code capacity} entries, the
 * least recently used going first: a handful of CAs are trusted, so the bound only guards
 * against the unforeseen. Two threads missing the same entry at once may both fetch it: the
 * CA's CRL is public, and the second answer simply replaces the first.
 */
final class CrlCache {

    private record Key(String url, String issuerId) {
    }

    private final Clock clock;
    private final Map<Key, CRLValidity> crls;

    CrlCache(Clock clock, int capacity) {
        this.clock = clock;
        this.crls = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CRLValidity> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return the CRL fetched earlier from the URL for this issuer, if its nextUpdate is still ahead; else null */
    synchronized CRLValidity fresh(String url, CertificateToken issuer) {
        Key key = new Key(url, issuer.getDSSIdAsString());
        CRLValidity crl = crls.get(key);
        if (crl != null && !current(crl)) {
            crls.remove(key);
            return null;
        }
        return crl;
    }

    /** Keeps a CRL just fetched, if it qualifies (see the class comment). */
    synchronized void keep(String url, CertificateToken issuer, CRLValidity crl) {
        if (crl.isSignatureIntact() && current(crl)) {
            crls.put(new Key(url, issuer.getDSSIdAsString()), crl);
        }
    }

    synchronized int size() {
        return crls.size();
    }

    private boolean current(CRLValidity crl) {
        Date nextUpdate = crl.getNextUpdate();
        return nextUpdate != null && clock.instant().isBefore(nextUpdate.toInstant());
    }
}
