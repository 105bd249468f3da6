package lu.econnector.platform;

/** A request body over {@code MAX_REQUEST_BODY_BYTES}: answered 413 before it is read in full. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + limit + " bytes this eConnector accepts.");
    }
}
