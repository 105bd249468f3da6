package lu.econnector.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.aes.AesClients;
import lu.econnector.sandbox.pki.SandboxPki;
import lu.econnector.template.control.TemplateSamples;

/**
 * What the suite sends and the sandbox holds that no log may show, taken from the sandbox's
 * own fixtures so that a fixture added there is looked for at once.
 *
 * @param literals     client secrets, matricules and patient names: wrong wherever they appear
 * @param passwords    the fixtures' passwords, plain words ({@code sandbox}) that a log rightly
 *                     uses otherwise: wrong only as the value given to a password or a secret
 */
record SandboxSecrets(Set<String> literals, Set<String> passwords) {

    static SandboxSecrets ofTheFixtures() {
        Set<String> literals = new LinkedHashSet<>(AesClients.secrets());
        Professional.ALL.forEach(professional -> literals.add(professional.matricule()));
        for (JsonNode sample : List.of(TemplateSamples.mh(), TemplateSamples.pid(), TemplateSamples.ecit())) {
            JsonNode patient = sample.path("patient");
            for (String field : List.of("matricule", "lastName", "firstName")) {
                if (patient.hasNonNull(field)) {
                    literals.add(patient.get(field).asText());
                }
            }
        }
        return new SandboxSecrets(literals, new LinkedHashSet<>(List.of(Professional.PASSWORD, SandboxPki.PASSWORD)));
    }

    /** For the scan's own test: these secrets and more. */
    SandboxSecrets with(String... more) {
        List<String> all = new ArrayList<>(literals);
        all.addAll(List.of(more));
        return new SandboxSecrets(new LinkedHashSet<>(all), passwords);
    }
}
