package lu.econnector.signature.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import lu.econnector.auth.entity.Professional;

/**
 * The professional as {@code GET /me} shows them: no token, and no matricule, which is
 * personal data the vendor already holds and need not get back; with the signing
 * certificate the KMS holds for them, or why there is none to show.
 *
 * @param certificate        null when the KMS gave none
 * @param certificateProblem null when it did; else why not, e.g. remote signature not enabled
 */
@JsonbPropertyOrder({"psCode", "name", "username", "clientId", "certificate", "certificateProblem"})
public record ProfessionalView(String psCode, String name, String username, String clientId,
                               CertificateSummary certificate, String certificateProblem) {

    public static ProfessionalView of(Professional professional, CertificateSummary certificate,
                                      String certificateProblem) {
        return new ProfessionalView(professional.psCode(), professional.name(), professional.username(),
                professional.clientId(), certificate, certificateProblem);
    }
}
