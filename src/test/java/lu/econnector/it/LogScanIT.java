package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Run by its own failsafe execution after every other test of the build (post-integration-test,
 * see the pom): scans every log the suite left under {@code target/} (the ITs' Payara consoles
 * and server logs, the launched servers' output, the sandbox's, the test reports' captured
 * output) for secrets, tokens, assertions and patient data, and for stack traces under
 * expected failures. {@link LogScanTest} proves it finds each.
 */
class LogScanIT {

    private static final Path BUILD = Path.of(System.getProperty("econnector.buildDir", "target"));

    @Test
    void noLogOfTheSuiteShowsASecretATokenOrPatientDataNorAStackTraceForAnExpectedFailure() {
        List<Path> logs = LogScan.logsUnder(BUILD);
        List<LogScan.Finding> findings = new LogScan(SandboxSecrets.ofTheFixtures()).scan(logs);

        assertThat(logs).as("logs under " + BUILD.toAbsolutePath()).isNotEmpty();
        assertThat(findings).as("in " + logs.size() + " logs").isEmpty();
    }
}
