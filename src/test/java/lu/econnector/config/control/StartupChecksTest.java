package lu.econnector.config.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.sandbox.pki.SandboxPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each startup check, proven by the one line it prints. */
class StartupChecksTest {

    @TempDir
    static Path folder;

    private static SandboxPki pki;
    private Map<String, String> values;

    @BeforeAll
    static void writePki() throws Exception {
        pki = TestSettings.pki(folder.resolve("pki"));
    }

    @BeforeEach
    void validConfiguration() {
        values = TestSettings.validSandbox(pki);
    }

    private List<String> refusals() {
        return StartupVerdict.of(ConfigLookup.of(values), true).problems().stream().map(ConfigProblem::line).toList();
    }

    @Test
    void aValidSandboxConfigurationPasses() {
        assertThat(refusals()).isEmpty();
    }

    @Test
    void licenceNotAcceptedWhenUnset() {
        values.remove("ACCEPT_LICENSE");

        assertThat(refusals()).containsExactly(
                "ACCEPT_LICENSE: the terms of use are not accepted; read them above, then set ACCEPT_LICENSE=true");
    }

    @Test
    void licenceNotAcceptedWhenNotTrue() {
        values.put("ACCEPT_LICENSE", "yes");

        assertThat(refusals()).singleElement().asString().startsWith("ACCEPT_LICENSE:");
    }

    @Test
    void licenceRefusalComesWithTheTerms() {
        values.remove("ACCEPT_LICENSE");

        List<String> report = StartupVerdict.of(ConfigLookup.of(values), true).report();

        assertThat(report.get(0)).contains("terms of use").contains("How to obtain the terms")
                .contains("ACCEPT_LICENSE=true");
        assertThat(report.get(1)).startsWith("eConnector cannot start: ACCEPT_LICENSE:");
    }

    @Test
    void licenceRefusalIsReportedEvenWhenTheConfigurationIsMalformed() {
        values.remove("ACCEPT_LICENSE");
        values.put("IHUB_URL", "::");

        assertThat(refusals()).first().asString().startsWith("ACCEPT_LICENSE:");
    }

    @Test
    void missingTruststore() {
        values.put("TRUSTSTORE_KMS_FILENAME", folder.resolve("nowhere.p12").toString());

        assertThat(refusals()).containsExactly("TRUSTSTORE_KMS_FILENAME: file " + folder.resolve("nowhere.p12")
                + " does not exist or is not a file");
    }

    @Test
    void missingGenericKeystore() {
        values.put("GENERIC_KEYSTORE_FILE", folder.toString());

        assertThat(refusals()).containsExactly("GENERIC_KEYSTORE_FILE: file " + folder
                + " does not exist or is not a file");
    }

    @Test
    void aFileThatIsNoKeystore() throws Exception {
        Path junk = Files.writeString(folder.resolve("junk.p12"), "not a keystore");
        values.put("SAAS_KEYSTORE", junk.toString());

        assertThat(refusals()).singleElement().asString().startsWith("SAAS_KEYSTORE: " + junk);
    }

    @Test
    void wrongKeystorePasswordNamesThePasswordVariableNotItsValue() {
        values.put("GENERIC_KEYSTORE_PWD", "wrong-secret-42");

        assertThat(refusals()).containsExactly("GENERIC_KEYSTORE_PWD: does not open " + TestSettings.genericKeystore(pki)
                + " (wrong password)");
    }

    @Test
    void wrongSaasKeystorePassword() {
        values.put("SAAS_KEYSTORE_PASSWORD", "wrong-secret-42");

        assertThat(refusals()).containsExactly("SAAS_KEYSTORE_PASSWORD: does not open " + pki.saasKeystore()
                + " (wrong password)");
    }

    @Test
    void wrongTruststorePassword() {
        values.put("TRUSTSTORE_KMS_PASSWORD", "wrong-secret-42");

        assertThat(refusals()).containsExactly("TRUSTSTORE_KMS_PASSWORD: does not open " + TestSettings.truststore(pki)
                + " (wrong password)");
    }

    @Test
    void wrongKeyPasswordNamesTheKeyPasswordVariable() {
        values.put("SAAS_KEYSTORE_KEY_PASSWORD", "wrong-secret-42");

        assertThat(refusals()).containsExactly(
                "SAAS_KEYSTORE_KEY_PASSWORD: does not open the private key 'econnector' (wrong password)");
    }

    @Test
    void aDifferentKeyPasswordIsAccepted() throws Exception {
        KeyStore store = KeyStore.getInstance(pki.saasKeystore().toFile(), SandboxPki.PASSWORD.toCharArray());
        store.setKeyEntry("econnector", store.getKey("econnector", SandboxPki.PASSWORD.toCharArray()),
                "key-pass".toCharArray(), store.getCertificateChain("econnector"));
        Path copy = folder.resolve("saas-keypass.p12");
        try (OutputStream out = Files.newOutputStream(copy)) {
            store.store(out, SandboxPki.PASSWORD.toCharArray());
        }
        values.put("SAAS_KEYSTORE", copy.toString());
        values.put("SAAS_KEYSTORE_KEY_PASSWORD", "key-pass");

        assertThat(refusals()).isEmpty();
    }

    @Test
    void aPasswordProtectedTruststoreWithoutItsPasswordNamesThePasswordVariable() {
        values.remove("TRUSTSTORE_KMS_PASSWORD");

        assertThat(refusals()).containsExactly("TRUSTSTORE_KMS_PASSWORD: is not set, and " + TestSettings.truststore(pki)
                + " shows no certificate without it");
    }

    @Test
    void missingTruststoreAliasNamesTheAliasVariable() {
        values.put("TIMESTAMP_CA_ALIAS", "tsa-2019");

        assertThat(refusals()).containsExactly("TIMESTAMP_CA_ALIAS: no certificate 'tsa-2019' in "
                + "TRUSTSTORE_KMS_FILENAME (" + TestSettings.truststore(pki) + ")");
    }

    @Test
    void missingKeyAlias() {
        values.put("SAAS_KEYSTORE_ALIAS", "www");

        assertThat(refusals()).containsExactly("SAAS_KEYSTORE_ALIAS: no private key 'www' in SAAS_KEYSTORE");
    }

    @Test
    void aTruststoreIsNoKeystore() {
        values.put("GENERIC_KEYSTORE_FILE", TestSettings.truststore(pki).toString());

        assertThat(refusals()).containsExactly("GENERIC_KEYSTORE_ALIAS: GENERIC_KEYSTORE_FILE holds 0 private keys; "
                + "set GENERIC_KEYSTORE_ALIAS to the one to use");
    }

    @Test
    void theSaasKeystoreIsRequiredWhereTheEconnectorTerminatesTls() {
        values.remove("SAAS_KEYSTORE");

        assertThat(refusals()).singleElement().asString().startsWith("SAAS_KEYSTORE: is required");
        assertThat(StartupVerdict.of(ConfigLookup.of(values), false).problems()).isEmpty();
    }

    @Test
    void sandboxWithAProductionUrlIsRefused() {
        values.put("KMS_SIGN_URL", "https://hoki-tsu-kms.incert.lu/api/v3/sign-data");
        values.put("CCSS_URL", "https://ws.mysecu.lu/ws/soap/trust?wsdl");

        assertThat(refusals()).containsExactly(
                "KMS_SIGN_URL: https://hoki-tsu-kms.incert.lu/api/v3/sign-data is a production system; "
                        + "the sandbox profile only talks to simulators",
                "CCSS_URL: https://ws.mysecu.lu/ws/soap/trust?wsdl is a production system; "
                        + "the sandbox profile only talks to simulators");
    }

    @Test
    void sandboxWithAnIntegrationUrlIsAllowed() {
        // ws.mysecu.lu:7443 is integration, ws.mysecu.lu:443 production: the port decides.
        values.put("CCSS_URL", "https://ws.mysecu.lu:7443/ws/soap/trust?wsdl");

        assertThat(refusals()).isEmpty();
    }

    @Test
    void noRefusalQuotesASecret() {
        values.put("SAAS_KEYSTORE_PASSWORD", "wrong-secret-42");
        values.put("GENERIC_KEYSTORE_PWD", "wrong-secret-42");
        values.put("SAAS_KEYSTORE_KEY_PASSWORD", "wrong-secret-42");
        values.remove("ACCEPT_LICENSE");

        assertThat(String.join("\n", StartupVerdict.of(ConfigLookup.of(values), true).report()))
                .doesNotContain("wrong-secret-42").doesNotContain(SandboxPki.PASSWORD);
    }

    @Test
    void acceptedClientIdsAreRequiredInDockerProd() {
        asProfile("docker-prod");
        values.remove("AES_CLIENT_IDS");

        assertThat(refusals()).containsExactly("AES_CLIENT_IDS: is required in profile docker-prod: the AeS realm is"
                + " shared by many applications; list the client ids (azp) of the vendor software allowed to call"
                + " this eConnector");
    }

    @Test
    void acceptedClientIdsAreRequiredInDockerIntegration() {
        asProfile("docker-integration");
        values.put("AES_CLIENT_IDS", " , ");

        assertThat(refusals()).singleElement().asString()
                .startsWith("AES_CLIENT_IDS: is required in profile docker-integration:");
    }

    @Test
    void namedClientIdsPassInDockerProd() {
        asProfile("docker-prod");
        values.put("AES_CLIENT_IDS", "vendor-a,vendor-b");

        assertThat(refusals()).isEmpty();
    }

    @Test
    void theSandboxMayAcceptAnyClientOfItsSimulatedAes() {
        values.remove("AES_CLIENT_IDS");

        assertThat(refusals()).isEmpty();
    }

    /** The same valid stores under another profile, with that profile's documented URLs. */
    private void asProfile(String profile) {
        values.put("SPRING_PROFILES_ACTIVE", profile);
        values.putAll(ProfileDefaults.of(lu.econnector.config.entity.Profile.byId(profile).orElseThrow()).values());
    }

    @Test
    void anUpstreamTlsTruststoreThatOpensPasses() {
        values.put("UPSTREAM_TLS_TRUSTSTORE", tlsTruststore().toString());
        values.put("UPSTREAM_TLS_TRUSTSTORE_PASSWORD", SandboxPki.PASSWORD);

        assertThat(refusals()).isEmpty();
    }

    @Test
    void missingUpstreamTlsTruststore() {
        values.put("UPSTREAM_TLS_TRUSTSTORE", folder.resolve("nowhere.p12").toString());

        assertThat(refusals()).containsExactly("UPSTREAM_TLS_TRUSTSTORE: file " + folder.resolve("nowhere.p12")
                + " does not exist or is not a file");
    }

    @Test
    void wrongUpstreamTlsTruststorePasswordNamesThePasswordVariable() {
        values.put("UPSTREAM_TLS_TRUSTSTORE", tlsTruststore().toString());
        values.put("UPSTREAM_TLS_TRUSTSTORE_PASSWORD", "wrong-secret-42");

        assertThat(refusals()).containsExactly("UPSTREAM_TLS_TRUSTSTORE_PASSWORD: does not open " + tlsTruststore()
                + " (wrong password)");
    }

    @Test
    void anUpstreamTlsTruststoreWithoutItsPasswordNamesThePasswordVariable() {
        values.put("UPSTREAM_TLS_TRUSTSTORE", tlsTruststore().toString());

        assertThat(refusals()).containsExactly("UPSTREAM_TLS_TRUSTSTORE_PASSWORD: is not set, and " + tlsTruststore()
                + " shows no certificate without it");
    }

    @Test
    void anUpstreamTlsTruststoreWithNoCertificateIsRefused() throws Exception {
        Path empty = folder.resolve("empty-tls.p12");
        lu.econnector.sandbox.pki.Certificates.write(lu.econnector.sandbox.pki.Certificates.emptyStore(), empty);
        values.put("UPSTREAM_TLS_TRUSTSTORE", empty.toString());
        values.put("UPSTREAM_TLS_TRUSTSTORE_PASSWORD", SandboxPki.PASSWORD);

        assertThat(refusals()).containsExactly("UPSTREAM_TLS_TRUSTSTORE: " + empty + " holds no certificate to trust");
    }

    private static Path tlsTruststore() {
        return lu.econnector.sandbox.pki.SandboxCa.tlsTruststoreFile(pki.saasKeystore().getParent());
    }
}
