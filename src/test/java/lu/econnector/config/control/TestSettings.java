package lu.econnector.config.control;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import lu.econnector.sandbox.pki.SandboxPki;

/** A complete, valid sandbox configuration over a freshly written test PKI, to spoil one setting at a time. */
final class TestSettings {

    private TestSettings() {
    }

    static Map<String, String> validSandbox(SandboxPki pki) {
        Map<String, String> values = new HashMap<>(ProfileDefaults.of(lu.econnector.config.entity.Profile.SANDBOX)
                .values());
        values.put("SPRING_PROFILES_ACTIVE", "sandbox");
        values.put("ACCEPT_LICENSE", "true");
        values.put("SAAS_KEYSTORE", pki.saasKeystore().toString());
        values.put("SAAS_KEYSTORE_PASSWORD", SandboxPki.PASSWORD);
        values.put("TRUSTSTORE_KMS_FILENAME", pki.truststore().toString());
        values.put("TRUSTSTORE_KMS_PASSWORD", SandboxPki.PASSWORD);
        values.put("GENERIC_KEYSTORE_FILE", pki.genericKeystore().toString());
        values.put("GENERIC_KEYSTORE_PWD", SandboxPki.PASSWORD);
        return values;
    }

    static SandboxPki pki(Path folder) throws Exception {
        return new SandboxPki(folder).ensure();
    }
}
