package lu.econnector.auth.entity;

import java.security.Principal;

/**
 * The health professional a request acts for, as the validated AeS access token names them.
 * The raw token is kept for the upstreams that need it forwarded (KMS, mySecu) and is left
 * out of {@link #toString()}, so that it cannot reach a log by accident.
 *
 * @param subject  the token's {@code sub}
 * @param clientId the vendor's client id, the token's {@code azp}
 */
public record Professional(String subject, String username, String name, String psCode, String matricule,
                           String clientId, String accessToken) implements Principal {

    @Override
    public String getName() {
        return psCode;
    }

    @Override
    public String toString() {
        return "Professional[psCode=" + psCode + ", username=" + username + ", clientId=" + clientId + "]";
    }
}
