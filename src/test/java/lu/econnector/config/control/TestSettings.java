package lu.econnector.config.control;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.net.URI;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.sandbox.pki.SandboxPki;

/** A complete, valid sandbox configuration over a freshly written test PKI, to spoil one setting at a time. */
final class TestSettings {

    private TestSettings() {
    }

    /** The stores of a sandbox CA written beside the SaaS keystore. */
    static Path truststore(SandboxPki pki) {
        return SandboxCa.truststoreFile(pki.saasKeystore().getParent());
    }

    static Path genericKeystore(SandboxPki pki) {
        return SandboxCa.genericKeystoreFile(pki.saasKeystore().getParent());
    }

    static Map<String, String> validSandbox(SandboxPki pki) {
        Map<String, String> values = new HashMap<>(ProfileDefaults.of(lu.econnector.config.entity.Profile.SANDBOX)
                .values());
        values.put("SPRING_PROFILES_ACTIVE", "sandbox");
        values.put("ACCEPT_LICENSE", "true");
        values.put("SAAS_KEYSTORE", pki.saasKeystore().toString());
        values.put("SAAS_KEYSTORE_PASSWORD", SandboxPki.PASSWORD);
        values.put("TRUSTSTORE_KMS_FILENAME", truststore(pki).toString());
        values.put("TRUSTSTORE_KMS_PASSWORD", SandboxPki.PASSWORD);
        values.put("GENERIC_KEYSTORE_FILE", genericKeystore(pki).toString());
        values.put("GENERIC_KEYSTORE_PWD", SandboxPki.PASSWORD);
        return values;
    }

    static SandboxPki pki(Path folder) throws Exception {
        new SandboxCa(URI.create("https://localhost:9443/pki/crl/")).writeStores(folder);
        return new SandboxPki(folder).ensure();
    }
}
