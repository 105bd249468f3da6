package lu.econnector.signature.entity;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The truststore's certificates that the KMS's answers must lead to (docs/upstreams.md section 2):
 * {@code ROOT_SIGNING_CA_ALIAS}, {@code SIGNING_CA_ALIAS} and {@code TIMESTAMP_CA_ALIAS}.
 *
 * @param rootSigningCa the root under which the signing CA must be
 * @param signingCa     the CA that must have issued the professional's certificate
 * @param timestampCa   the CA that must have issued the timestamp authority's certificate
 */
public record KmsTrustAnchors(X509Certificate rootSigningCa, X509Certificate signingCa,
                              X509Certificate timestampCa) {

    public KmsTrustAnchors {
        Objects.requireNonNull(rootSigningCa, "rootSigningCa");
        Objects.requireNonNull(signingCa, "signingCa");
        Objects.requireNonNull(timestampCa, "timestampCa");
    }

    /** The trust anchors: the root signing CA, and the timestamp CA when it is a root itself. */
    public List<X509Certificate> roots() {
        return isSelfIssued(timestampCa) ? List.of(rootSigningCa, timestampCa) : List.of(rootSigningCa);
    }

    private static boolean isSelfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
