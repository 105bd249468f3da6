package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lu.econnector.contract.ContractTools;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.pki.SandboxPki;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vendors' Postman collection ({@code docs/postman}), run by newman against the built WAR
 * and the simulators, as a vendor runs it against the sandbox: its environment with only the
 * two base URLs overridden, the token from the simulated AeS, both servers' certificates
 * checked against their own CAs (no {@code --insecure}).
 */
@ExtendWith(SandboxExtension.class) // first: the simulators and the server's settings exist before it boots
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewmanIT {

    private static final Path POSTMAN = Path.of("docs", "postman");
    private static final Path COLLECTION = POSTMAN.resolve("econnector.postman_collection.json");
    private static final Path ENVIRONMENT = POSTMAN.resolve("sandbox.postman_environment.json");
    private static final Path WORK = Path.of("target", "newman");

    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @Test
    void theCollectionRunsEveryRequestWithNoFailedAssertion() throws Exception {
        SandboxServer simulators = SandboxExtension.running().server();
        Files.createDirectories(WORK);
        Path cas = writeTrustedCas(simulators);
        Path report = WORK.resolve("report.json");
        Files.deleteIfExists(report);
        awaitUsable();

        ContractTools.Run newman = ContractTools.newman("run", COLLECTION.toString(),
                "--environment", ENVIRONMENT.toString(),
                "--env-var", "baseUrl=https://localhost:" + Integer.getInteger("econnector.httpsPort", 18443),
                "--env-var", "aesUrl=" + simulators.base().toString().replaceAll("/$", ""),
                "--ssl-extra-ca-certs", cas.toString(),
                "--reporters", "cli,json", "--reporter-json-export", report.toString(), "--color", "off");

        assertThat(report).as(newman.output()).exists();
        JsonNode run = new ObjectMapper().readTree(report.toFile()).path("run");
        JsonNode stats = run.path("stats");
        List<String> failures = new ArrayList<>();
        run.path("failures").forEach(failure -> failures.add(failure.path("source").path("name").asText() + ": "
                + failure.path("error").path("test").asText() + " " + failure.path("error").path("message").asText()));
        System.out.printf("newman %s: %d requests (%d failed), %d assertions (%d failed), %d test scripts (%d failed)%n",
                COLLECTION, stats.path("requests").path("total").asInt(), stats.path("requests").path("failed").asInt(),
                stats.path("assertions").path("total").asInt(), stats.path("assertions").path("failed").asInt(),
                stats.path("testScripts").path("total").asInt(), stats.path("testScripts").path("failed").asInt());
        failures.forEach(failure -> System.out.println("  failed: " + failure));

        assertThat(executedRequests(run)).as("every request of the collection ran")
                .isEqualTo(requestsOf(new ObjectMapper().readTree(COLLECTION.toFile())));
        assertThat(stats.path("assertions").path("total").asInt()).isPositive();
        assertThat(failures).as(newman.output()).isEmpty();
        assertThat(stats.path("assertions").path("failed").asInt()).isZero();
        assertThat(stats.path("requests").path("failed").asInt()).isZero();
        assertThat(newman.exitCode()).as(newman.output()).isZero();
    }

    /**
     * The eConnector's self-signed certificate and the simulators' TLS CA, in PEM, for newman's
     * {@code --ssl-extra-ca-certs}: the only certificates it trusts beside Node.js's own CAs.
     */
    private static Path writeTrustedCas(SandboxServer simulators) throws IOException, GeneralSecurityException {
        List<Certificate> certificates = new ArrayList<>(certificatesOf(KeyStore.getInstance(
                EconnectorClient.testPki().saasKeystore().toFile(), SandboxPki.PASSWORD.toCharArray())));
        certificates.addAll(certificatesOf(simulators.ca().tlsTruststore()));
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (Certificate certificate : certificates) {
            pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return Files.writeString(WORK.resolve("trusted-cas.pem"), pem);
    }

    private static List<Certificate> certificatesOf(KeyStore store) throws GeneralSecurityException {
        List<Certificate> certificates = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            certificates.add(store.getCertificate(alias));
        }
        return certificates;
    }

    /** The status is a few seconds old: an earlier test's faults may still show; the collection expects none. */
    private void awaitUsable() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (client.get("econnector/status").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
    }

    private static Set<String> executedRequests(JsonNode run) {
        Set<String> names = new TreeSet<>();
        run.path("executions").forEach(execution -> {
            if (!execution.path("response").isMissingNode()) {
                names.add(execution.path("item").path("name").asText());
            }
        });
        return names;
    }

    private static Set<String> requestsOf(JsonNode folder) {
        Set<String> names = new TreeSet<>();
        folder.path("item").forEach(item -> {
            if (item.has("request")) {
                names.add(item.path("name").asText());
            } else {
                names.addAll(requestsOf(item));
            }
        });
        return names;
    }
}
