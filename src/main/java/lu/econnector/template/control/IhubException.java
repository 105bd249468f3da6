package lu.econnector.template.control;

/**
 * iHUB did not deliver: unreachable, slow, an error status, an oversized or malformed answer.
 * The message is safe to show anyone (no URL query, no body); the next synchronisation tries
 * again.
 */
public class IhubException extends RuntimeException {

    public IhubException(String message) {
        super(message);
    }

    public IhubException(String message, Throwable cause) {
        super(message, cause);
    }
}
