package lu.econnector.signature.control;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import lu.econnector.signature.entity.KmsTrustAnchors;

/**
 * get-certificate's answer must lead to the truststore's signing CA under its root signing CA
 * (docs/upstreams.md section 2), and name the professional the token names
 * ({@link CertificateHolderCheck}). Only the professional's certificate is taken from the KMS:
 * the chain above it is the truststore's own copies, so a KMS cannot slip in a CA of its choice.
 */
public class CertificateChainCheck {

    private final KmsTrustAnchors anchors;
    private final Clock clock;

    public CertificateChainCheck(KmsTrustAnchors anchors, Clock clock) {
        this.anchors = anchors;
        this.clock = clock;
    }

    /**
     * @param psCode the token's ps_code, which the certificate must name
     * @return the professional's certificate, the signing CA and the root: the chain to embed
     */
    public List<X509Certificate> check(List<X509Certificate> fromKms, String psCode) {
        if (fromKms == null || fromKms.isEmpty()) {
            throw KmsAnswerRejection.of("get-certificate gave no certificate");
        }
        X509Certificate professional = fromKms.get(0);
        try {
            CertificatePaths.validate(List.of(professional, anchors.signingCa()), anchors.rootSigningCa(),
                    Date.from(clock.instant()));
        } catch (GeneralSecurityException e) {
            throw KmsAnswerRejection.of("the signing certificate does not chain to the signing CA "
                    + "and root signing CA of the truststore (" + e.getMessage() + ")", e);
        }
        CertificateHolderCheck.check(professional, psCode);
        return List.of(professional, anchors.signingCa(), anchors.rootSigningCa());
    }
}
