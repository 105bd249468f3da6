package lu.econnector.auth.control;

import com.nimbusds.jose.proc.BadJOSEException;

/**
 * A token's refusal in words a vendor's developer acts on. Nimbus's own messages are kept
 * where they already say it (claim checks: "Expired JWT", "JWT iss claim has value …");
 * the few that speak of its implementation are replaced. None of them quotes the token.
 */
final class RefusalReasons {

    private RefusalReasons() {
    }

    static String of(BadJOSEException refusal) {
        String message = String.valueOf(refusal.getMessage());
        if (message.startsWith("Unsecured (plain) JWTs are rejected")) {
            return "unsigned tokens (alg none) are refused";
        }
        if (message.startsWith("Another algorithm expected, or no matching key(s) found")) {
            return "the signature algorithm is not accepted, or no published AeS key matches the token";
        }
        if (message.startsWith("Signed JWT rejected: Invalid signature")) {
            return "invalid signature";
        }
        if (message.startsWith("JWE object rejected")) {
            return "encrypted tokens are refused";
        }
        return message;
    }
}
