package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * The KMS refused the professional, not the request (docs/upstreams.md section 2): the token
 * (401) or the enrolment for remote signature (403). The caller gets the same status, with
 * the reason and, for the enrolment, where to enrol (docs/api.md).
 */
public class KmsRefusalException extends ProblemException {

    private KmsRefusalException(ProblemType type, String detail) {
        super(type, detail, "kms", null, null);
    }

    public static KmsRefusalException tokenRefused(String kmsReason) {
        return (KmsRefusalException) new KmsRefusalException(ProblemType.KMS_TOKEN_REFUSED,
                "The KMS did not accept the access token" + reasonSuffix(kmsReason)
                        + ". Log in again to AeS for a fresh token.")
                .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                        + "error_description=\"refused by the KMS\"");
    }

    public static KmsRefusalException notEnrolled(String kmsReason, String enrolmentPortal) {
        return new KmsRefusalException(ProblemType.REMOTE_SIGNATURE_NOT_ENABLED,
                "Remote signature is not enabled for this professional at the KMS" + reasonSuffix(kmsReason)
                        + ". The professional enrols for remote signature on " + enrolmentPortal + ".");
    }

    private static String reasonSuffix(String kmsReason) {
        return kmsReason == null || kmsReason.isBlank() ? "" : " (KMS: " + kmsReason + ")";
    }
}
