package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lu.econnector.sandbox.pki.Certificates;
import lu.econnector.sandbox.pki.Certificates.Issued;
import lu.econnector.sandbox.pki.Certificates.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution points of an uploaded PDF's certificates are the caller's URLs: only those
 * of a certificate that a truststore CA issued are ever fetched (no server-side request forgery
 * through {@code /validations} or {@code /deposits}).
 */
class TrustedIssuersCrlSourceTest {

    private static CertificateToken trustedCa;
    private static CertificateToken signedByTrusted;
    private static CertificateToken foreignCa;
    private static CertificateToken signedByForeign;

    private final List<CertificateToken> fetchedFor = new ArrayList<>();
    private final CRLSource fetcher = (certificate, issuer) -> {
        fetchedFor.add(certificate);
        return null;
    };

    @BeforeAll
    static void pki() throws Exception {
        Issued trusted = Certificates.selfSigned("CN=Trusted CA", Role.ROOT, null);
        Issued foreign = Certificates.selfSigned("CN=Anyone's CA", Role.ROOT, null);
        trustedCa = new CertificateToken(trusted.certificate());
        foreignCa = new CertificateToken(foreign.certificate());
        signedByTrusted = new CertificateToken(Certificates.issue("CN=Signer", trusted, Role.SIGNER, null,
                URI.create("https://crl.trusted.example/ca.crl")).certificate());
        signedByForeign = new CertificateToken(Certificates.issue("CN=Signer", foreign, Role.SIGNER, null,
                URI.create("http://169.254.169.254/latest/meta-data/")).certificate());
    }

    @Test
    void aCertificateOfAnUntrustedIssuerMakesNoFetch() {
        TrustedIssuersCrlSource cut = new TrustedIssuersCrlSource(fetcher, Set.of(trustedCa));

        assertThat(cut.getRevocationToken(signedByForeign, foreignCa)).isNull();

        assertThat(fetchedFor).isEmpty();
    }

    @Test
    void aCertificateWithoutAKnownIssuerMakesNoFetch() {
        TrustedIssuersCrlSource cut = new TrustedIssuersCrlSource(fetcher, Set.of(trustedCa));

        assertThat(cut.getRevocationToken(signedByForeign, null)).isNull();

        assertThat(fetchedFor).isEmpty();
    }

    @Test
    void aCertificateOfATruststoreCaIsCheckedAtItsDistributionPoint() {
        TrustedIssuersCrlSource cut = new TrustedIssuersCrlSource(fetcher, Set.of(trustedCa));

        cut.getRevocationToken(signedByTrusted, trustedCa);

        assertThat(fetchedFor).containsExactly(signedByTrusted);
    }
}
