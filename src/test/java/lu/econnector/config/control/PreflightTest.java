package lu.econnector.config.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import lu.econnector.sandbox.pki.SandboxPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    static Path folder;

    private static SandboxPki pki;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeAll
    static void writePki() throws Exception {
        pki = TestSettings.pki(folder.resolve("pki"));
    }

    private int run(Map<String, String> values, Path runtime) {
        return Preflight.run(ConfigLookup.of(values), runtime, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void preparesAPrivateHttpsKeystoreUnderAFreshPassword() throws Exception {
        Map<String, String> values = TestSettings.validSandbox(pki);
        values.put("SERVER_PORT", "9999");
        Path runtime = folder.resolve("runtime");

        assertThat(run(values, runtime)).isZero();

        assertThat(Files.readAllLines(runtime.resolve("payara-micro.args"))).containsExactly(
                "--sslport", "9999", "--sslcert", "econnector-https",
                "--systemproperties", runtime.resolve("system.properties").toAbsolutePath().toString(),
                "--nohazelcast");
        Properties system = new Properties();
        try (InputStream in = Files.newInputStream(runtime.resolve("system.properties"))) {
            system.load(in);
        }
        String password = system.getProperty("javax.net.ssl.keyStorePassword");
        assertThat(password).hasSize(48).isNotEqualTo(SandboxPki.PASSWORD);
        KeyStore https = KeyStore.getInstance(Path.of(system.getProperty("javax.net.ssl.keyStore")).toFile(),
                password.toCharArray());
        assertThat(https.isKeyEntry("econnector-https")).isTrue();
        assertThat(Files.getPosixFilePermissions(runtime.resolve("system.properties")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(printed()).contains("preflight passed: profile sandbox, HTTPS on port 9999")
                .doesNotContain("terms of use");
    }

    @Test
    void aClusterJoinsTheMembersNamedOnItsOwnDataGridPort() throws Exception {
        Map<String, String> values = TestSettings.validSandbox(pki);
        values.put("ECONNECTOR_CLUSTER", "true");
        values.put("ECONNECTOR_CLUSTER_MEMBERS", "10.0.0.1:6900, 10.0.0.2:6900");
        values.put("ECONNECTOR_CLUSTER_PORT", "6901");
        Path runtime = folder.resolve("clustered");

        assertThat(run(values, runtime)).isZero();

        assertThat(Files.readAllLines(runtime.resolve("payara-micro.args"))).doesNotContain("--nohazelcast")
                .containsSubsequence("--clustermode", "tcpip:10.0.0.1:6900,10.0.0.2:6900", "--startport", "6901",
                        "--clustername", "econnector", "--nohostaware");
    }

    @Test
    void aClusterFoundByDnsAsksPayaraForEveryAddressOfTheNameOnTheGridPort() throws Exception {
        Map<String, String> values = TestSettings.validSandbox(pki);
        values.put("ECONNECTOR_CLUSTER", "true");
        values.put("ECONNECTOR_CLUSTER_DNS_NAME", "econnector-grid.econnector.svc.cluster.local");
        Path runtime = folder.resolve("clustered-by-dns");

        assertThat(run(values, runtime)).isZero();

        assertThat(Files.readAllLines(runtime.resolve("payara-micro.args")))
                .containsSubsequence("--clustermode", "dns:econnector-grid.econnector.svc.cluster.local:6900",
                        "--startport", "6900", "--clustername", "econnector", "--nohostaware");
    }

    @Test
    void withoutTheLicenceItPrintsTheTermsAndFails() {
        Map<String, String> values = TestSettings.validSandbox(pki);
        values.remove("ACCEPT_LICENSE");

        assertThat(run(values, folder.resolve("refused"))).isEqualTo(2);

        assertThat(printed()).contains("eConnector - terms of use").contains("How to obtain the terms")
                .contains("eConnector cannot start: ACCEPT_LICENSE: the terms of use are not accepted");
        assertThat(folder.resolve("refused")).doesNotExist();
    }

    @Test
    void aWrongPasswordFailsWithOneLineAndNoSecret() {
        Map<String, String> values = TestSettings.validSandbox(pki);
        values.put("SAAS_KEYSTORE_PASSWORD", "wrong-secret-42");

        assertThat(run(values, folder.resolve("wrong"))).isEqualTo(2);

        assertThat(printed().lines().toList()).isEqualTo(List.of(
                "eConnector cannot start: SAAS_KEYSTORE_PASSWORD: does not open " + pki.saasKeystore()
                        + " (wrong password)"));
    }

    @Test
    void aProductionProfileWithoutClientIdsFailsWithOneLine() {
        Map<String, String> values = TestSettings.validSandbox(pki);
        values.put("SPRING_PROFILES_ACTIVE", "docker-prod");
        values.putAll(ProfileDefaults.of(lu.econnector.config.entity.Profile.DOCKER_PROD).values());
        values.remove("AES_CLIENT_IDS");

        assertThat(run(values, folder.resolve("any-client"))).isEqualTo(2);

        assertThat(printed().lines().toList()).singleElement().asString()
                .startsWith("eConnector cannot start: AES_CLIENT_IDS: is required in profile docker-prod:");
    }
}
