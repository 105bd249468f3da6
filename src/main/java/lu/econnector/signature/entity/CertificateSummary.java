package lu.econnector.signature.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** The professional's signing certificate as {@code GET /me} shows it (PRODUCT.md section 3). */
@JsonbPropertyOrder({"subject", "issuer", "serialNumber", "notBefore", "notAfter"})
public record CertificateSummary(String subject, String issuer, String serialNumber, Instant notBefore,
                                 Instant notAfter) {

    public static CertificateSummary of(X509Certificate certificate) {
        return new CertificateSummary(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }
}
