package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.SettableClock;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.upstream.control.UpstreamFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A CA's CRL is fetched once per period that its {@code nextUpdate} promises, then again; a
 * revocation the CA publishes is caught from the next fetch on. A CA that publishes CRLs the
 * test controls, and a clock the test moves.
 */
class CrlCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final Duration PERIOD = Duration.ofHours(6);
    private static final String SIGNING_CA_CRL = LocalKms.CRL_BASE.resolve("signing-ca.crl").toString();

    static SandboxCa ca;
    static CertificateAndIssuer revoked;

    private final SettableClock clock = new SettableClock(T0);
    private final CountingCrlServer distributionPoints = new CountingCrlServer();
    private DistributionPointCrlSource crls;

    /** The certificate the CA will revoke (it names the signing CA's distribution point) and its issuer. */
    record CertificateAndIssuer(CertificateToken certificate, CertificateToken issuer) {
    }

    @BeforeAll
    static void pki() throws GeneralSecurityException {
        ca = new SandboxCa(LocalKms.CRL_BASE);
        revoked = new CertificateAndIssuer(new CertificateToken(ca.professional("dr.revoked").certificate()),
                new CertificateToken(ca.signingCa().certificate()));
    }

    @BeforeEach
    void source() {
        crls = new DistributionPointCrlSource(distributionPoints, new CrlCache(clock, 8));
    }

    private void publish(String url, Certificates.Issued issuer, List<BigInteger> serials, Instant thisUpdate,
                         Instant nextUpdate) throws Exception {
        distributionPoints.publish(url, Certificates.crl(issuer, serials, thisUpdate, nextUpdate).getEncoded());
    }

    private void publishSigningCaCrl(List<BigInteger> serials, Instant thisUpdate) throws Exception {
        publish(SIGNING_CA_CRL, ca.signingCa(), serials, thisUpdate, thisUpdate.plus(PERIOD));
    }

    private CRLToken lookUp() {
        return crls.getRevocationToken(revoked.certificate(), revoked.issuer());
    }

    @Test
    void theCrlIsFetchedOncePerPeriodThatItsNextUpdatePromisesThenAgain() throws Exception {
        publishSigningCaCrl(List.of(), T0);

        for (int minute = 0; minute < PERIOD.toMinutes(); minute += 30) {
            clock.set(T0.plus(Duration.ofMinutes(minute)));
            assertThat(lookUp().getStatus()).isEqualTo(CertificateStatus.GOOD);
        }
        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).as("fetches within the period").isEqualTo(1);

        clock.set(T0.plus(PERIOD));
        publishSigningCaCrl(List.of(), T0.plus(PERIOD));
        lookUp();
        clock.advance(Duration.ofHours(1));
        lookUp();
        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).as("fetches once nextUpdate came").isEqualTo(2);
    }

    /**
     * The CA revokes the certificate after the eConnector fetched its CRL: the signer is refused
     * once that CRL's nextUpdate has come, when the CA's next CRL is due, and not earlier.
     */
    @Test
    void aSignerRevokedAfterTheFetchIsRefusedFromTheCasNextCrlOn() throws Exception {
        SignerRevocationCheck check = new SignerRevocationCheck(crls);
        java.security.cert.X509Certificate signer = revoked.certificate().getCertificate();
        java.security.cert.X509Certificate issuer = revoked.issuer().getCertificate();
        publishSigningCaCrl(List.of(), T0);
        check.check(signer, issuer);

        Instant revocation = T0.plus(Duration.ofHours(1));
        clock.set(revocation);
        publishSigningCaCrl(List.of(signer.getSerialNumber()), revocation);
        clock.set(T0.plus(PERIOD).minusSeconds(1));
        check.check(signer, issuer); // the CRL of T0 still holds, as its CA promised

        clock.set(T0.plus(PERIOD));
        UpstreamFailure refused = catchThrowableOfType(UpstreamFailure.class,
                () -> check.check(signer, issuer));

        assertThat(refused).as("the revoked signer passed").isNotNull();
        assertThat(refused).hasMessageContaining("was revoked by its CA on " + revocation);
        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).isEqualTo(2);
    }

    @Test
    void aCrlWithoutNextUpdateIsFetchedAtEveryUse() throws Exception {
        publish(SIGNING_CA_CRL, ca.signingCa(), List.of(), T0, null);

        lookUp();
        lookUp();
        lookUp();

        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).isEqualTo(3);
    }

    @Test
    void aCrlWhoseNextUpdateHasPassedIsFetchedAtEveryUse() throws Exception {
        publish(SIGNING_CA_CRL, ca.signingCa(), List.of(), T0.minus(PERIOD), T0.minusSeconds(1));

        lookUp();
        lookUp();

        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).isEqualTo(2);
    }

    @Test
    void aCrlThatTheIssuerDidNotSignIsNeverKept() throws Exception {
        // Served at the signing CA's distribution point, signed by the timestamp CA.
        publish(SIGNING_CA_CRL, ca.timestampCa(), List.of(), T0, T0.plus(PERIOD));

        CRLToken first = lookUp();
        lookUp();

        assertThat(first).as("a CRL of another CA").isNull();
        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).isEqualTo(2);
    }

    @Test
    void atMostCapacityCrlsAreKeptTheLeastRecentlyUsedGoingFirst() throws Exception {
        CrlCache cache = new CrlCache(clock, 2);
        DistributionPointCrlSource small = new DistributionPointCrlSource(distributionPoints, cache);
        List<CertificateToken> certificates = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            URI url = LocalKms.CRL_BASE.resolve(name + ".crl");
            publish(url.toString(), ca.signingCa(), List.of(), T0, T0.plus(PERIOD));
            certificates.add(new CertificateToken(Certificates.issue("CN=" + name, ca.signingCa(),
                    Certificates.Role.SIGNER, null, url).certificate()));
        }

        for (CertificateToken certificate : List.of(certificates.get(0), certificates.get(1), certificates.get(2),
                certificates.get(0))) {
            assertThat(small.getRevocationToken(certificate, revoked.issuer()).getStatus())
                    .isEqualTo(CertificateStatus.GOOD);
        }

        assertThat(cache.size()).isEqualTo(2);
        assertThat(distributionPoints.fetches(LocalKms.CRL_BASE.resolve("a.crl").toString()))
                .as("a, pushed out by c, fetched again").isEqualTo(2);
        assertThat(distributionPoints.fetches(LocalKms.CRL_BASE.resolve("b.crl").toString())).isEqualTo(1);
    }

    @Test
    void concurrentSignaturesShareTheKeptCrl() throws Exception {
        publishSigningCaCrl(List.of(), T0);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<CRLToken>> lookups = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                lookups.add(threads.submit(this::lookUp));
            }
            for (Future<CRLToken> lookup : lookups) {
                assertThat(lookup.get().getStatus()).isEqualTo(CertificateStatus.GOOD);
            }
        } finally {
            threads.shutdownNow();
        }

        // At most one fetch per thread that missed before the first fetch was kept.
        assertThat(distributionPoints.fetches(SIGNING_CA_CRL)).isBetween(1, 8);
    }

    /** Distribution points serving the CRLs the test publishes, counting the fetches of each. */
    private static final class CountingCrlServer implements DataLoader {

        private final Map<String, byte[]> published = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();

        void publish(String url, byte[] der) {
            published.put(url, der);
        }

        int fetches(String url) {
            return fetches.getOrDefault(url, new AtomicInteger()).get();
        }

        @Override
        public byte[] get(String url) {
            fetches.computeIfAbsent(url, key -> new AtomicInteger()).incrementAndGet();
            return published.get(url);
        }

        @Override
        public DataAndUrl get(List<String> urls) {
            throw new UnsupportedOperationException("one URL at a time");
        }

        @Override
        public byte[] post(String url, byte[] content) {
            throw new UnsupportedOperationException("no OCSP");
        }

        @Override
        public void setContentType(String contentType) {
            // GET only
        }
    }
}
