package lu.econnector.sandbox.mysecu;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Wrong or unwelcome answers of syncexchange on demand, each given to a
 * request that is otherwise read and checked as usual, and never remembered as the message
 * id's answer: once cleared, the same message goes through. {@link #LATE} alone is mySecu
 * working, only slowly: its deposit and answer are kept.
 */
public enum SyncExchangeMisbehaviour {

    /**
     * A 200 answer whose DOCTYPE declares an external entity on a local file holding
     * {@link MySecuSimulator#xxeMarker()}, used in the answer's reference: a client that
     * resolves it returns the marker as a receipt; a hardened one refuses the DTD.
     */
    XXE("xxe"),
    /**
     * A good {@code ACCEPTED} answer but for a DOCTYPE with an internal subset that nothing uses:
     * SOAP 1.1 section 3 forbids it, and a client that reads past it would read past others.
     */
    DOCTYPE("doctype"),
    /**
     * The same answer whose reference is the last of ten entities, each ten of the one before
     * ("billion laughs"): a few hundred bytes that a parser expanding entities grows to 10^9
     * characters; a hardened one refuses the DTD before expanding anything.
     */
    BILLION_LAUGHS("billion-laughs"),
    /** {@code REJECTED} with the code {@link #REJECTED_CODE}, however good the document. */
    REJECTED("rejected"),
    /** The SOAP fault {@code wsse:InvalidSecurityToken}, however good the assertion. */
    INVALID_SECURITY_TOKEN("invalid-security-token"),
    /**
     * The deposit taken and its answer remembered as usual, but sent {@link #LATE_BY} later:
     * longer than the eConnector's read timeout in the tests (4 s in the ITs), so the client
     * gives up on a deposit that mySecu holds, and its retry gets mySecu's first answer again.
     */
    LATE("late");

    /** How late {@link #LATE} answers. */
    public static final Duration LATE_BY = Duration.ofSeconds(6);

    /** The code of an on-demand {@code REJECTED}: says where it comes from. */
    public static final String REJECTED_CODE = "SANDBOX_REJECTED";

    private final String mode;

    SyncExchangeMisbehaviour(String mode) {
        this.mode = mode;
    }

    /** The name used by the HTTP control ({@code {"mode":"xxe"}}). */
    public String mode() {
        return mode;
    }

    public static Optional<SyncExchangeMisbehaviour> ofMode(String mode) {
        return Arrays.stream(values()).filter(m -> m.mode.equals(mode)).findFirst();
    }
}
