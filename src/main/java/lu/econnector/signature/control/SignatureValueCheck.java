package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.signature.AbstractSignatureService;

/**
 * sign-data's answer must be a signature by the professional's certificate over the data DSS
 * prepared: verified before it is embedded, so a KMS that signed with
 * another key, or signed something else, never yields a PDF.
 */
final class SignatureValueCheck {

    private SignatureValueCheck() {
    }

    /**
     * @param service DSS's own verification, which knows the encodings of every algorithm the
     *                KMS may use: PKCS#1 v1.5, PSS and ECDSA (DER or plain r||s)
     */
    static void check(AbstractSignatureService<?, ?> service, ToBeSigned dataToSign, SignatureValue value,
                      CertificateToken signer, SignatureAlgorithm requested) {
        if (value == null || value.getValue() == null || value.getValue().length == 0) {
            throw KmsAnswerRejection.of("sign-data gave no signature value");
        }
        // DSS writes the requested algorithm into the SignerInfo: another one would not verify.
        if (value.getAlgorithm() != requested) {
            throw KmsAnswerRejection.of("sign-data used " + value.getAlgorithm() + " where "
                    + requested + " was asked for");
        }
        if (!service.isValidSignatureValue(dataToSign, value, signer)) {
            throw KmsAnswerRejection.of(
                    "the signature value does not verify with the professional's certificate");
        }
    }
}
