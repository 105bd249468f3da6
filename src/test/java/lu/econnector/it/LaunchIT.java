package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lu.econnector.sandbox.SandboxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eConnector started as an operator starts it, with {@code server-config/econnector.sh},
 * and the deployment-time gate that protects it on any other server.
 */
@ExtendWith(SandboxExtension.class)
class LaunchIT {

    private static final String TERMS = "eConnector - terms of use";

    @TempDir
    Path work;

    private Map<String, String> sandboxWithoutLicence;

    @BeforeEach
    void sandbox() {
        sandboxWithoutLicence = SandboxExtension.running().withoutLicence();
    }

    /** The sandbox's settings with the terms accepted, in a map the test may change. */
    private Map<String, String> sandboxWithLicence() {
        Map<String, String> env = new HashMap<>(sandboxWithoutLicence);
        env.put("ACCEPT_LICENSE", "true");
        return env;
    }

    private ServerProcess script(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("ECONNECTOR_RUNTIME_DIR", work.resolve("runtime").toString());
        return ServerProcess.launched(env, work.resolve("out.log"));
    }

    @Test
    void withoutAcceptLicenseTheScriptPrintsTheTermsAndStops() throws Exception {
        try (ServerProcess server = script(sandboxWithoutLicence)) {
            assertThat(server.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(server.output()).contains(TERMS).contains("How to obtain the terms")
                    .contains("eConnector cannot start: ACCEPT_LICENSE: the terms of use are not accepted")
                    .doesNotContain("Payara");
        }
    }

    @Test
    void aWrongKeystorePasswordStopsTheStartWithOneLineNamingTheVariable() throws Exception {
        Map<String, String> env = sandboxWithLicence();
        env.put("SAAS_KEYSTORE_PASSWORD", "wrong-secret-42");
        try (ServerProcess server = script(env)) {
            assertThat(server.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(server.output().strip()).startsWith("eConnector cannot start: SAAS_KEYSTORE_PASSWORD: does not open")
                    .doesNotContain("wrong-secret-42").doesNotContain(TERMS);
        }
    }

    @Test
    void thePreflightReadsASecretFromItsFileAndNamesTheFileVariableWhenItIsWrong() throws Exception {
        Path secret = Files.writeString(work.resolve("saas-keystore-password"), "wrong-secret-43\n");
        Map<String, String> env = sandboxWithLicence();
        env.remove("SAAS_KEYSTORE_PASSWORD");
        env.put("SAAS_KEYSTORE_PASSWORD_FILE", secret.toString());
        try (ServerProcess server = script(env)) {
            assertThat(server.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(server.output().strip()).isEqualTo("eConnector cannot start: SAAS_KEYSTORE_PASSWORD_FILE: does not open "
                    + env.get("SAAS_KEYSTORE") + " (wrong password)");
        }
    }

    @Test
    void theScriptServesHttpsOnlyOnServerPort() throws Exception {
        Map<String, String> env = sandboxWithLicence();
        env.put("SERVER_PORT", "18444");
        env.put("JAVA_OPTS", "-Xmx256m");
        try (ServerProcess server = script(env)) {
            server.awaitOutput(") ready in", Duration.ofSeconds(180));

            HttpResponse<String> status = new EconnectorClient(18444).get("econnector/status");
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(EconnectorClient.json(status).getString("profile")).isEqualTo("sandbox");
            assertThat(server.output()).contains("https://").doesNotContainPattern("http://[^ ]+:8080")
                    .doesNotContain("changeit");
            assertThat(Files.readString(work.resolve("runtime/system.properties")))
                    .doesNotContain("changeit");

            // Bearer tokens up to 16 KiB reach the application, which refuses larger ones itself.
            String huge = "eyJ" + "a".repeat(17 * 1024);
            HttpResponse<String> refused = new EconnectorClient(18444).get("econnector/api/v1/me",
                    "Authorization", "Bearer " + huge);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
                    .contains("error=\"invalid_token\"").contains("larger than 16 KiB");
            assertThat(refused.version()).as("HTTP/2 is off (see pre-boot-commands.asadmin)")
                    .isEqualTo(java.net.http.HttpClient.Version.HTTP_1_1);
            assertThat(new EconnectorClient(18444).get("econnector/api/v1/me", "Authorization", "Bearer a.b.c")
                    .statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aRuntimeFolderKeptAcrossStartsBootsFromTheClassesItsFirstStartRecorded() throws Exception {
        Map<String, String> env = sandboxWithLicence();
        env.put("SERVER_PORT", "18445");
        env.put("ECONNECTOR_CLASS_SHARING", "auto");
        Path archive = work.resolve("runtime/classes.jsa");
        try (ServerProcess recording = script(env)) {
            recording.awaitOutput(") ready in", Duration.ofSeconds(300));
            assertThat(new EconnectorClient(18445).get("econnector/status").statusCode()).isEqualTo(200);
            assertThat(archive).as("written at the JVM's exit, not before").doesNotExist();
            recording.stop(Duration.ofSeconds(180));
        }
        assertThat(Files.size(archive)).as("the loaded classes, recorded").isGreaterThan(10_000_000L);
        assertThat(Files.isSymbolicLink(work.resolve("runtime/payara/runtime"))).isFalse();

        try (ServerProcess sharing = script(env)) {
            sharing.awaitOutput(") ready in", Duration.ofSeconds(300));
            assertThat(new EconnectorClient(18445).get("econnector/status").statusCode()).isEqualTo(200);
            assertThat(Files.readString(Path.of("/proc", String.valueOf(sharing.pid()), "maps")))
                    .as("the JVM maps the recorded classes").contains(archive.toString());
            assertThat(sharing.output()).doesNotContain("[cds]");
        }
    }

    @Test
    void theWarItselfRefusesToDeployWithoutTheLicence() throws Exception {
        // Straight onto Payara Micro, without the script: the portable gate in the WAR.
        List<String> command = List.of("java", "-Xmx256m", "-jar", System.getProperty("payara.microJar"),
                "--nocluster", "--disablephonehome", "--port", "18081", "--rootdir", work.resolve("root").toString(),
                "--contextroot", "/", "--deploy", System.getProperty("econnector.war"));
        try (ServerProcess server = ServerProcess.start(command, sandboxWithoutLicence,
                work.resolve("war.log"))) {
            server.awaitOutput(") ready in", Duration.ofSeconds(180));

            assertThat(server.output()).contains(TERMS)
                    .contains("eConnector cannot start: ACCEPT_LICENSE: the terms of use are not accepted")
                    .doesNotContain("changeit");
            assertThat(server.output()).contains("Startup of context  failed");
            // Payara keeps the failed context's path and answers an empty 500 there: nothing is served.
            HttpResponse<String> status = EconnectorClient.plain(18081).get("econnector/status");
            assertThat(status.statusCode()).isNotIn(200, 503);
            assertThat(status.body()).doesNotContain("\"profile\"");
        }
    }
}
