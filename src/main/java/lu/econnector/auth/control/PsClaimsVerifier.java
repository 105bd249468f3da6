package lu.econnector.auth.control;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import lu.econnector.auth.entity.Matricule;

/**
 * The claims an AeS access token must carry (docs/upstreams.md section 1): the exact issuer,
 * {@code typ: Bearer} (an ID or refresh token is no access token), {@code exp} and
 * {@code nbf} within the clock skew, a subject, an accepted vendor ({@code azp}), and the
 * professional's claims, well formed: {@code ps_code} of 8 digits and a valid matricule.
 */
final class PsClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

    private final List<String> acceptedClientIds;

    PsClaimsVerifier(String issuer, List<String> acceptedClientIds, Duration clockSkew) {
        super(null, new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                Set.of("sub", "exp", "iat", "azp", "ps_code", "matricule"));
        this.acceptedClientIds = List.copyOf(acceptedClientIds);
        setMaxClockSkew((int) clockSkew.toSeconds());
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        super.verify(claims, context);
        String clientId = text(claims, "azp");
        if (!acceptedClientIds.isEmpty() && !acceptedClientIds.contains(clientId)) {
            throw new BadJWTException("client " + clientId + " (azp) is not accepted by this eConnector");
        }
        if (!text(claims, "ps_code").matches("\\d{8}")) {
            throw new BadJWTException("ps_code is not an 8-digit provider code");
        }
        Matricule.Defect defect = Matricule.defectOf(text(claims, "matricule"));
        if (defect != null) {
            throw new BadJWTException("matricule is not valid (" + defect.name().toLowerCase().replace('_', ' ') + ")");
        }
    }

    private static String text(JWTClaimsSet claims, String name) throws BadJWTException {
        try {
            String value = claims.getStringClaim(name);
            if (value == null) {
                throw new BadJWTException("JWT missing required claims: [" + name + "]");
            }
            return value;
        } catch (ParseException e) {
            throw new BadJWTException(name + " is not a string");
        }
    }
}
