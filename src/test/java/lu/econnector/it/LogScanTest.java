package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.aes.AesClients;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.template.control.TemplateSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan finds what it looks for: each kind of leak planted in a log it must fail on. */
class LogScanTest {

    private static final String CLEAN = """
            [2026-12-03T10:27:49.527+0000] [] [WARNING] [] [lu.econnector.problem.boundary.ThrowableMapper] [[
              [requestId=1bc19e2f] Answered 502 (kms): the KMS answered a signature that does not verify]]
            Dec 03, 2026 10:27:49 AM lu.econnector.auth.boundary.BearerTokenFilter filter
            FINE: [requestId=ab12] Refused a bearer token: expired
            Dec 03, 2026 10:27:50 AM lu.econnector.problem.boundary.ThrowableMapper problemOf
            SEVERE: [requestId=cd34] Answered 500: Internal Server Error
            java.lang.IllegalStateException: a defect, whose stack trace is what support needs
            \tat lu.econnector.Somewhere.run(Somewhere.java:1)
            INFO: the sandbox profile, its keystore password is read from SAAS_KEYSTORE_PASSWORD
            """;

    private final LogScan scan = new LogScan(SandboxSecrets.ofTheFixtures());

    @TempDir
    Path folder;

    private List<LogScan.Finding> scanned(String log) throws Exception {
        Path file = Files.writeString(folder.resolve("payara.log"), log);
        return scan.scan(List.of(file));
    }

    @Test
    void aCleanLogPassesDefectsKeepingTheirStackTrace() throws Exception {
        assertThat(scanned(CLEAN)).isEmpty();
    }

    @Test
    void anAccessTokenOfTheSandboxAesIsFound() throws Exception {
        String token = new AesKeys("https://localhost:1/realms/esante").sign(new JWTClaimsSet.Builder()
                .subject(Professional.ALL.get(0).subject()).build());

        List<LogScan.Finding> findings = scanned(CLEAN + "FINE: checking " + token + "\n");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.line()).isEqualTo(10);
            assertThat(finding.what()).isEqualTo("a token (JWT)");
            assertThat(finding.toString()).doesNotContain(token.substring(0, 20));
        });
    }

    @Test
    void eachClientSecretMatriculeAndPatientNameIsFound() throws Exception {
        String lastName = TemplateSamples.mh().path("patient").path("lastName").asText();
        String patientMatricule = TemplateSamples.mh().path("patient").path("matricule").asText();
        String professionalMatricule = Professional.ALL.get(1).matricule();
        for (String leak : List.of(AesClients.secrets().get(0), AesClients.secrets().get(1), lastName, patientMatricule,
                professionalMatricule)) {
            assertThat(scanned(CLEAN + "INFO: rendering for " + leak + "\n")).as(leak).hasSize(1)
                    .allSatisfy(finding -> assertThat(finding.toString()).doesNotContain(leak));
        }
    }

    @Test
    void aFixturePasswordIsFoundOnlyAsAPasswordsValue() throws Exception {
        assertThat(scanned(CLEAN + "INFO: login password=" + Professional.PASSWORD + "\n")).hasSize(1);
        assertThat(scanned(CLEAN + "INFO: {\"client_secret\": \"" + Professional.PASSWORD + "\"}\n")).hasSize(1);
        assertThat(scanned(CLEAN + "INFO: the " + Professional.PASSWORD + " profile\n")).isEmpty();
    }

    @Test
    void aSamlAssertionIsFound() throws Exception {
        String assertion = "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a1\">";

        assertThat(scanned(CLEAN + "FINE: STS answered " + assertion + "\n")).extracting(LogScan.Finding::what)
                .containsExactly("a SAML assertion");
    }

    @Test
    void aStackTraceUnderAnExpectedFailureIsFound() throws Exception {
        String log = CLEAN + """
                Dec 03, 2026 10:28:00 AM lu.econnector.problem.boundary.ThrowableMapper problemOf
                WARNING: [requestId=ef56] Answered 503 (mysecu): mySecu answered HTTP 500
                java.io.IOException: the upstream's failure, expected
                \tat lu.econnector.mysecu.control.SyncExchangeClient.exchange(SyncExchangeClient.java:1)
                """;

        assertThat(scanned(log)).extracting(LogScan.Finding::line, LogScan.Finding::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11, "a stack trace under an expected failure"));
    }

    @Test
    void anUpstreamFailureWithoutItsRequestIdIsFound() throws Exception {
        assertThat(scanned(CLEAN + "WARNING: Answered 504 (kms): no answer within 4000 ms\n"))
                .extracting(LogScan.Finding::what).containsExactly("an upstream failure logged without its request id");
    }

    @Test
    void theLogsAreTheBuildsLogFilesAndTheTestReportsOutput() throws Exception {
        for (String name : List.of("it/payara.log", "it/logs/out.log", "failsafe-reports/lu.econnector.it.XIT-output.txt",
                "surefire-reports/TEST-lu.econnector.XTest.xml", "it/runtime/system.properties", "it/stores/a.p12",
                "classes/logging.properties", "bench/load/sandbox.log")) {
            Path file = folder.resolve("target").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }

        assertThat(LogScan.logsUnder(folder.resolve("target"))).extracting(p -> folder.resolve("target").relativize(p)
                .toString()).containsExactlyInAnyOrder("it/payara.log", "it/logs/out.log",
                "failsafe-reports/lu.econnector.it.XIT-output.txt", "surefire-reports/TEST-lu.econnector.XTest.xml");
    }
}
