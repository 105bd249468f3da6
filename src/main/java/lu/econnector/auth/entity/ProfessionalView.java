package lu.econnector.auth.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The professional as {@code GET /me} shows them: no token, and no matricule, which is
 * personal data the vendor already holds and need not get back. (The signing certificate
 * summary joins with the signature component.)
 */
@JsonbPropertyOrder({"psCode", "name", "username", "clientId"})
public record ProfessionalView(String psCode, String name, String username, String clientId) {

    public static ProfessionalView of(Professional professional) {
        return new ProfessionalView(professional.psCode(), professional.name(), professional.username(),
                professional.clientId());
    }
}
