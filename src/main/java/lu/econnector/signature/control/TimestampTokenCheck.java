package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;

/**
 * sign-timestamp's answer must be a token for what was asked (RFC 3161 section 2.4.2: the
 * message imprint and nonce of the request) signed by a TSA under the truststore's timestamp
 * CA ({@code TIMESTAMP_CA_ALIAS}, docs/upstreams.md section 2).
 */
public class TimestampTokenCheck {

    private final X509Certificate timestampCa;

    public TimestampTokenCheck(X509Certificate timestampCa) {
        this.timestampCa = timestampCa;
    }

    public void check(byte[] der, DigestAlgorithm digestAlgorithm, byte[] digest, BigInteger nonce) {
        TimeStampToken token = parse(der);
        TimeStampTokenInfo info = token.getTimeStampInfo();
        if (!info.getMessageImprintAlgOID().getId().equals(digestAlgorithm.getOid())
                || !MessageDigest.isEqual(info.getMessageImprintDigest(), digest)) {
            throw KmsAnswerRejection.of("the timestamp token's message imprint is not the digest sent");
        }
        if (!nonce.equals(info.getNonce())) {
            throw KmsAnswerRejection.of("the timestamp token's nonce is not the nonce sent");
        }
        X509Certificate tsa = signerCertificate(token);
        try {
            CertificatePaths.validate(List.of(tsa), timestampCa, info.getGenTime());
        } catch (GeneralSecurityException e) {
            throw KmsAnswerRejection.of("the timestamp token's signer does not chain to the timestamp CA "
                    + "of the truststore (" + e.getMessage() + ")", e);
        }
        verifySignature(token, tsa);
    }

    private static TimeStampToken parse(byte[] der) {
        try {
            return new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(der));
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            throw KmsAnswerRejection.of("the timestamp token is not an RFC 3161 TimeStampToken", e);
        }
    }

    /** Section 2.4.1: the eConnector cannot rely on certReq, so the token must carry its signer. */
    private static X509Certificate signerCertificate(TimeStampToken token) {
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw KmsAnswerRejection.of("the timestamp token does not carry its signer's certificate");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (GeneralSecurityException e) {
            throw KmsAnswerRejection.of("the timestamp token's signer certificate cannot be read", e);
        }
    }

    /**
     * The CMS signature, the ESSCertID(v2) binding to the certificate, and the certificate's
     * critical id-kp-timeStamping usage (section 2.3), all as BouncyCastle's validate does them.
     */
    private static void verifySignature(TimeStampToken token, X509Certificate tsa) {
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
        } catch (TSPException | OperatorCreationException e) {
            throw KmsAnswerRejection.of("the timestamp token's signature does not verify", e);
        }
    }
}
