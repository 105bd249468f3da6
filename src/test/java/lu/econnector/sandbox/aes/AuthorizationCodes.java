package lu.econnector.sandbox.aes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization codes (RFC 6749 section 4.1.2): random, single use, short-lived, bound to
 * the client, the redirect URI and the PKCE challenge (RFC 7636) of the request that got them.
 */
final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Grant(SandboxUser user, String clientId, String redirectUri, String codeChallenge, String nonce,
                 Instant expiresAt) {
    }

    private final Map<String, Grant> pending = new ConcurrentHashMap<>();

    String issue(SandboxUser user, String clientId, String redirectUri, String codeChallenge, String nonce) {
        String code = random();
        pending.put(code, new Grant(user, clientId, redirectUri, codeChallenge, nonce, Instant.now().plus(LIFETIME)));
        return code;
    }

    /** The grant of a code, removed on first use whatever the outcome (RFC 6749 section 4.1.2). */
    Optional<Grant> redeem(String code) {
        Grant grant = code == null ? null : pending.remove(code);
        return Optional.ofNullable(grant).filter(g -> Instant.now().isBefore(g.expiresAt()));
    }

    /** RFC 7636 section 4.6: BASE64URL(SHA256(ASCII(code_verifier))) == code_challenge. */
    static boolean verifierMatches(String verifier, String challenge) {
        if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            return false;
        }
        return MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }

    static String s256(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
