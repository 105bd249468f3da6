package lu.econnector.sandbox.kms;

/**
 * An error answer of the KMS (docs/upstreams.md section 2): its HTTP status and the
 * {@code {"error":…,"message":…}} body. Thrown by the operations, answered in one place.
 */
final class KmsRefusal extends Exception {

    private final int status;
    private final String error;

    KmsRefusal(int status, String error, String message) {
        // No stack trace: a refusal is an answer, not a failure of the simulator.
        super(message, null, false, false);
        this.status = status;
        this.error = error;
    }

    static KmsRefusal badRequest(String message) {
        return new KmsRefusal(400, "invalid_request", message);
    }

    static KmsRefusal unsupportedAlgorithm(String message) {
        return new KmsRefusal(400, "unsupported_algorithm", message);
    }

    /** RFC 6750 section 3.1's code for a token that is missing, expired or not ours. */
    static KmsRefusal invalidToken(String message) {
        return new KmsRefusal(401, "invalid_token", message);
    }

    static KmsRefusal notEnrolled() {
        return new KmsRefusal(403, "not_enrolled", "remote signature is not enabled for this professional");
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
