package lu.econnector.auth.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * A bearer token refused (RFC 6750 section 3): 401 with a {@code WWW-Authenticate}
 * challenge; with {@code error="invalid_token"} and a description when a token was sent,
 * without an error code when none was (section 3.1).
 */
public class InvalidTokenException extends ProblemException {

    static final String REALM = "econnector";

    private InvalidTokenException(String detail, String challenge) {
        super(ProblemType.INVALID_TOKEN, detail);
        withHeader("WWW-Authenticate", challenge);
    }

    public static InvalidTokenException missing() {
        return new InvalidTokenException("This operation needs the professional's AeS access token: "
                + "send it as Authorization: Bearer <token>.", "Bearer realm=\"" + REALM + "\"");
    }

    /** @param reason why, in words that never quote the token */
    public static InvalidTokenException invalid(String reason) {
        String safe = reason.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
        return new InvalidTokenException("The access token was refused: " + safe + ".",
                "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\"" + safe + "\"");
    }
}
