package lu.econnector.sandbox.mysecu;

import java.util.Arrays;
import java.util.Optional;

/**
 * Wrong answers of the STS, each one for a check of the eConnector's on what the STS returns
 * (docs/upstreams.md 4.1), so that each check is seen to refuse a plausible answer.
 */
public enum StsMisbehaviour {

    /**
     * The genuine answer behind a document type declaration whose external entity
     * ({@code file:///etc/passwd}) stands in for the NameID: an XXE attempt, which SOAP 1.1
     * section 3 excludes anyway (no DOCTYPE in a SOAP message).
     */
    XXE("xxe"),
    /** A genuine, well-signed assertion on another professional than the one asked for. */
    FOREIGN_SUBJECT("foreign-subject");

    private final String mode;

    StsMisbehaviour(String mode) {
        this.mode = mode;
    }

    /** The name used by the HTTP control ({@code {"mode":"xxe"}}). */
    public String mode() {
        return mode;
    }

    public static Optional<StsMisbehaviour> ofMode(String mode) {
        return Arrays.stream(values()).filter(m -> m.mode.equals(mode)).findFirst();
    }
}
