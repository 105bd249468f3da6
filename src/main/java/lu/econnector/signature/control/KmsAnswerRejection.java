package lu.econnector.signature.control;

import lu.econnector.upstream.control.UpstreamFailure;

/**
 * The KMS answered, but with something that must not go into a document: no chain, a chain to
 * another root, a signature by another key, a timestamp for other data. The KMS's fault, not
 * the caller's: a bad answer (502) naming the KMS. The detail says which check failed, never a
 * key or a token.
 */
final class KmsAnswerRejection {

    private KmsAnswerRejection() {
    }

    static UpstreamFailure of(String detail) {
        return of(detail, null);
    }

    static UpstreamFailure of(String detail, Throwable cause) {
        return UpstreamFailure.badAnswer(KmsClient.UPSTREAM, "The KMS answer was rejected: " + detail, cause);
    }
}
