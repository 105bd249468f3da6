package lu.econnector.sandbox.kms;

import java.util.Arrays;
import java.util.Optional;

/**
 * Plausible but wrong answers of the KMS, each caught by one of the eConnector's checks on
 * what the KMS returns (docs/upstreams.md section 2). The answers are well-formed and
 * made with real keys, so that nothing but the check under test can tell them apart.
 */
public enum KmsMisbehaviour {

    /** sign-data signs with another professional's key: the signature value check catches it. */
    WRONG_KEY("wrong-key"),
    /** sign-timestamp gives a genuine token over another digest (nonce echoed): the imprint check. */
    WRONG_IMPRINT("wrong-imprint"),
    /** sign-timestamp gives a genuine token over the digest asked, with another nonce: the nonce check. */
    WRONG_NONCE("wrong-nonce"),
    /**
     * get-certificate gives a chain under a rogue root with the real subject names, and
     * sign-data signs with the rogue certificate's key: only the chain check catches it.
     */
    UNKNOWN_ROOT("unknown-root"),
    /**
     * get-certificate gives another professional's genuine certificate (under the sandbox root)
     * and sign-data signs with that professional's key: chain and signature value are right,
     * only the check that the certificate names the token's professional catches it.
     */
    OTHER_PROFESSIONAL("other-professional");

    private final String mode;

    KmsMisbehaviour(String mode) {
        this.mode = mode;
    }

    /** The name used by the HTTP control ({@code {"mode":"wrong-key"}}). */
    public String mode() {
        return mode;
    }

    public static Optional<KmsMisbehaviour> ofMode(String mode) {
        return Arrays.stream(values()).filter(m -> m.mode.equals(mode)).findFirst();
    }
}
