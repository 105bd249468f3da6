package lu.econnector.admin.control;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pac4j.core.authorization.generator.AuthorizationGenerator;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.oidc.profile.OidcProfile;

/**
 * Turns the roles an identity provider states into pac4j roles. The claim is configurable
 * ({@code ADMIN_ROLE_CLAIM}): {@code roles}, or a dotted path into nested objects such as
 * Keycloak's {@code realm_access.roles}. It is looked for in the ID token's claims first, then
 * in the access token's: Keycloak puts realm roles in the access token only. The access
 * token came straight from the token endpoint over TLS, to this client (OpenID Connect Core
 * 3.1.3.8), so its claims are read without a second signature check.
 */
public final class RoleClaim implements AuthorizationGenerator {

    private final String path;

    public RoleClaim(String path) {
        this.path = path;
    }

    @Override
    public Optional<UserProfile> generate(CallContext context, UserProfile profile) {
        Set<String> roles = rolesIn(profile.getAttributes());
        if (roles.isEmpty() && profile instanceof OidcProfile oidc && oidc.getAccessToken() != null) {
            roles = rolesIn(accessTokenClaims(oidc.getAccessToken().getValue()));
        }
        profile.addRoles(roles);
        return Optional.of(profile);
    }

    /** The roles at this claim's path: a list of strings, or one space-separated string. */
    public Set<String> rolesIn(Map<String, Object> claims) {
        Object value = claims;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return Set.of();
            }
            value = object.get(step);
        }
        Collection<?> values = value instanceof Collection<?> list ? list
                : value instanceof String text ? List.of(text.split("\\s+")) : List.of();
        return values.stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(role -> !role.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Object> accessTokenClaims(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getClaims();
        } catch (ParseException opaque) {
            return Map.of(); // an opaque access token states no roles
        }
    }
}
