package lu.econnector.sandbox;

import java.util.List;
import java.util.Optional;
import lu.econnector.auth.entity.Matricules;

/**
 * A test professional of the sandbox (docs/templates/README.md, "Sandbox fixtures"); every one's
 * password is {@link #PASSWORD}. Matricules are computed, never typed in.
 *
 * @param remoteSignature false: the KMS answers 403 (not enrolled for remote signature)
 * @param knownToMySecu   false: the mySecu STS refuses the professional
 * @param certificateRevoked true: the signing CA revoked the certificate, and lists it in its CRL
 */
public record Professional(String username, String name, String psCode, String matricule,
                           boolean remoteSignature, boolean knownToMySecu, boolean certificateRevoked) {

    public static final String PASSWORD = "sandbox";

    public static final List<Professional> ALL = List.of(
            new Professional("dr.muller", "Dr Anne Muller", "90812100", Matricules.withCheckDigits("19780312045"),
                    true, true, false),
            new Professional("dr.weber", "Dr Paul Weber", "90812201", Matricules.withCheckDigits("19690921113"),
                    true, true, false),
            new Professional("dr.noremote", "Dr Marc Noremote", "90812302", Matricules.withCheckDigits("19830415067"),
                    false, true, false),
            new Professional("dr.nomysecu", "Dr Lea Nomysecu", "90812403", Matricules.withCheckDigits("19910102078"),
                    true, false, false),
            new Professional("dr.revoked", "Dr Hugo Revoked", "90812504", Matricules.withCheckDigits("19750607089"),
                    true, true, true));

    /** The sandbox AeS's subject of this professional: stable, as Keycloak's user ids are. */
    public String subject() {
        return subjectOf(username);
    }

    public static String subjectOf(String username) {
        return java.util.UUID.nameUUIDFromBytes(("sandbox-aes:" + username)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static Optional<Professional> byUsername(String username) {
        return ALL.stream().filter(p -> p.username().equals(username)).findFirst();
    }

    public static Optional<Professional> byPsCode(String psCode) {
        return ALL.stream().filter(p -> p.psCode().equals(psCode)).findFirst();
    }
}
