package lu.econnector.signature.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/** The professional's signing certificate as {@code GET /me} shows it (docs/api.md). */
@JsonbPropertyOrder({"subject", "issuer", "serialNumber", "notBefore", "notAfter"})
public record CertificateSummary(String subject, String issuer, String serialNumber, Instant notBefore,
                                 Instant notAfter) {

    /** RFC 2253 knows no short name for serialNumber, which carries the professional's code. */
    private static final Map<String, String> NAMES = Map.of("2.5.4.5", "SERIALNUMBER");

    public static CertificateSummary of(X509Certificate certificate) {
        return new CertificateSummary(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, NAMES),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253, NAMES),
                certificate.getSerialNumber().toString(16),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }
}
