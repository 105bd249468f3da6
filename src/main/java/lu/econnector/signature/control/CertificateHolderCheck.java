package lu.econnector.signature.control;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The certificate get-certificate gives must be the token's professional's, and one that may
 * sign. A chain check alone lets through another professional's genuine certificate, and the
 * signature value check then passes too if the KMS signs with that professional's key: the
 * document would carry someone else's signature.
 *
 * <p>The professional is named by the subject's serialNumber attribute (X.520, OID 2.5.4.5),
 * which carries the ps_code in the sandbox PKI and in LuxTrust's professional certificates.
 * It must equal the token's ps_code exactly: no prefix or case is tolerated, because a looser
 * match is a way for one code to stand for another. The key usage (RFC 5280 section 4.2.1.3)
 * must allow nonRepudiation or digitalSignature; a certificate without the extension is
 * refused, since a professional's signing certificate always states it.
 */
final class CertificateHolderCheck {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    /** The KMS's text goes into a problem detail: short and printable only. */
    private static final int MAX_SHOWN = 64;

    private CertificateHolderCheck() {
    }

    /** @throws lu.econnector.upstream.control.UpstreamFailure when the certificate is another's or may not sign */
    static void check(X509Certificate certificate, String psCode) {
        List<String> serialNumbers = subjectSerialNumbers(certificate);
        if (serialNumbers.isEmpty()) {
            throw KmsAnswerRejection.of("get-certificate returned a certificate without a serialNumber "
                    + "in its subject: it does not name this professional (ps_code " + psCode + ")");
        }
        if (!serialNumbers.equals(List.of(psCode))) {
            throw KmsAnswerRejection.of("get-certificate returned a certificate for another professional "
                    + "(serialNumber " + shown(serialNumbers) + "): it does not name this professional (ps_code "
                    + psCode + ")");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null) {
            throw KmsAnswerRejection.of("get-certificate returned a certificate without a key usage: "
                    + "a professional's signing certificate states nonRepudiation or digitalSignature");
        }
        if (!allows(keyUsage, NON_REPUDIATION) && !allows(keyUsage, DIGITAL_SIGNATURE)) {
            throw KmsAnswerRejection.of("get-certificate returned a certificate whose key usage does not "
                    + "allow signing (neither nonRepudiation nor digitalSignature)");
        }
    }

    /** Every serialNumber attribute of the subject: more than one is as wrong as another one. */
    static List<String> subjectSerialNumbers(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(subject.getRDNs())
                .flatMap(rdn -> Arrays.stream(rdn.getTypesAndValues()))
                .filter(attribute -> attribute.getType().equals(BCStyle.SERIALNUMBER))
                .map(AttributeTypeAndValue::getValue)
                .map(CertificateHolderCheck::text)
                .toList();
    }

    private static String text(ASN1Encodable value) {
        return value instanceof ASN1String string ? string.getString() : value.toString();
    }

    private static boolean allows(boolean[] keyUsage, int bit) {
        return keyUsage.length > bit && keyUsage[bit];
    }

    private static String shown(List<String> serialNumbers) {
        String joined = String.join(", ", serialNumbers).replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}]", "?");
        return joined.length() <= MAX_SHOWN ? joined : joined.substring(0, MAX_SHOWN) + "…";
    }
}
