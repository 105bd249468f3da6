package lu.econnector.sandbox.aes;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lu.econnector.sandbox.Http;

/**
 * Issues the tokens of a login as Keycloak's realm {@code default} does (docs/upstreams.md
 * section 1): an RS256 access token with the PS claims, a refresh token, and an ID token
 * for OpenID Connect clients. The access token lives {@code sandbox.aes.tokenSeconds}
 * seconds (300 by default, as AeS).
 */
final class TokenMinter {

    static final Duration ACCESS_LIFETIME = Duration.ofSeconds(Long.getLong("sandbox.aes.tokenSeconds", 300));
    static final Duration REFRESH_LIFETIME = Duration.ofMinutes(30);

    private final AesKeys keys;

    TokenMinter(AesKeys keys) {
        this.keys = keys;
    }

    JsonObject tokens(SandboxUser user, SandboxClient client, String nonce) {
        Instant now = Instant.now();
        JsonObjectBuilder answer = Http.JSON.createObjectBuilder()
                .add("access_token", keys.sign(access(user, client.id(), now)))
                .add("expires_in", ACCESS_LIFETIME.toSeconds())
                .add("refresh_token", keys.sign(refresh(user, client.id(), now)))
                .add("refresh_expires_in", REFRESH_LIFETIME.toSeconds())
                .add("token_type", "Bearer")
                .add("scope", "openid profile")
                .add("id_token", keys.sign(id(user, client.id(), nonce, now)));
        return answer.build();
    }

    private JWTClaimsSet access(SandboxUser user, String clientId, Instant now) {
        JWTClaimsSet.Builder claims = common(user, now, ACCESS_LIFETIME)
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("scope", "openid profile")
                .claim("preferred_username", user.username())
                .claim("name", user.name());
        if (user.professional() != null) {
            claims.claim("matricule", user.professional().matricule())
                    .claim("ps_code", user.professional().psCode());
        }
        if (!user.roles().isEmpty()) {
            claims.claim("roles", user.roles()).claim("realm_access", Map.of("roles", user.roles()));
        }
        return claims.build();
    }

    private JWTClaimsSet refresh(SandboxUser user, String clientId, Instant now) {
        return common(user, now, REFRESH_LIFETIME).claim("typ", "Refresh").claim("azp", clientId)
                .claim("preferred_username", user.username()).build();
    }

    private JWTClaimsSet id(SandboxUser user, String clientId, String nonce, Instant now) {
        JWTClaimsSet.Builder claims = common(user, now, ACCESS_LIFETIME)
                .audience(clientId)
                .claim("typ", "ID")
                .claim("azp", clientId)
                .claim("preferred_username", user.username())
                .claim("name", user.name());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        if (!user.roles().isEmpty()) {
            claims.claim("roles", List.copyOf(user.roles()));
        }
        return claims.build();
    }

    private JWTClaimsSet.Builder common(SandboxUser user, Instant now, Duration lifetime) {
        return new JWTClaimsSet.Builder()
                .issuer(keys.issuer())
                .subject(user.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }
}
