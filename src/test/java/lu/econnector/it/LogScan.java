package lu.econnector.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the logs a test run left and lists every line that shows what must never be logged:
 * a secret or patient data of the sandbox's fixtures ({@link SandboxSecrets}), an access,
 * refresh or ID token (any JWT: the sandbox AeS issues all three as JWTs), a SAML assertion;
 * and a stack trace under a line that logs an expected failure (an upstream's failure or a
 * refused request), which is to take one line with its request id. A finding names the file,
 * the line and what was found, never the value itself: the report must not leak it again.
 */
final class LogScan {

    /** A JWT's header and payload are base64url JSON objects, so both start with {@code eyJ}. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{6,}\\.eyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]*");
    private static final Pattern SAML_ASSERTION = Pattern.compile("<(?:[A-Za-z0-9_-]+:)?Assertion[\\s>]");
    /** Lines of failures that are the upstreams' or the callers', not defects: one line each. */
    private static final Pattern EXPECTED_FAILURE = Pattern.compile(
            "Answered [45]\\d\\d\\b(?! *: *Internal Server Error)|syncexchange fault|iHUB template sync:"
                    + "|iHUB catalogue entry|AeS discovery failed|Refused a bearer token|Admin console: refused");
    /** An upstream's failure as the exception mapper logs it: {@code Answered 502 (kms): …}. */
    private static final Pattern UPSTREAM_FAILURE = Pattern.compile("Answered 5\\d\\d \\((aes|kms|mysecu|ihub)\\)");
    /** The first line of a log record: ODL ({@code [2026-…]}) as Payara's console, or JUL's SimpleFormatter. */
    private static final Pattern RECORD_START = Pattern.compile(
            "^(\\[\\d{4}-\\d\\d-\\d\\dT|[A-Z][a-z]{2} \\d{1,2}, \\d{4} |\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:)");

    private final SandboxSecrets secrets;
    private final List<Pattern> passwordValues;

    LogScan(SandboxSecrets secrets) {
        this.secrets = secrets;
        this.passwordValues = secrets.passwords().stream().map(password -> Pattern.compile(
                "(?i)(password|passwd|pwd|secret)[\"']?\\s*[=:]\\s*[\"']?" + Pattern.quote(password) + "(?![A-Za-z0-9_-])"))
                .toList();
    }

    record Finding(Path file, int line, String what) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + what;
        }
    }

    /**
     * The logs under the build folder: every {@code *.log}, and the test reports' captured
     * output ({@code *-output.txt}, {@code TEST-*.xml}) of surefire and failsafe. Not the
     * benchmarks' folder ({@code bench/}): no test writes there, and the sandbox a benchmark starts
     * prints its public sandbox credentials to its console on purpose, for the developer.
     */
    static List<Path> logsUnder(Path buildFolder) {
        if (!Files.isDirectory(buildFolder)) {
            return List.of();
        }
        Path benchmarks = buildFolder.resolve("bench");
        try (Stream<Path> files = Files.walk(buildFolder)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.startsWith(benchmarks))
                    .filter(LogScan::isLog).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".log") || name.matches(".*\\.log\\.\\d+") || name.endsWith("-output.txt")
                || (name.startsWith("TEST-") && name.endsWith(".xml"));
    }

    List<Finding> scan(List<Path> logs) {
        List<Finding> findings = new ArrayList<>();
        for (Path log : logs) {
            findings.addAll(scan(log));
        }
        return findings;
    }

    List<Finding> scan(Path log) {
        List<String> lines = read(log);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            for (String literal : secrets.literals()) {
                if (line.contains(literal)) {
                    findings.add(new Finding(log, number, "a secret or patient datum of the sandbox fixtures ("
                            + literal.length() + " characters)"));
                }
            }
            if (passwordValues.stream().anyMatch(p -> p.matcher(line).find())) {
                findings.add(new Finding(log, number, "a sandbox password given as a password or secret"));
            }
            if (JWT.matcher(line).find()) {
                findings.add(new Finding(log, number, "a token (JWT)"));
            }
            if (SAML_ASSERTION.matcher(line).find()) {
                findings.add(new Finding(log, number, "a SAML assertion"));
            }
            Matcher upstream = UPSTREAM_FAILURE.matcher(line);
            if (upstream.find() && !line.contains("[requestId=")) {
                findings.add(new Finding(log, number, "an upstream failure logged without its request id"));
            }
            if (EXPECTED_FAILURE.matcher(line).find() && stackTraceFollows(lines, i)) {
                findings.add(new Finding(log, number, "a stack trace under an expected failure"));
            }
        }
        return findings;
    }

    /** Whether a {@code \tat } line comes before the next record starts. */
    private static boolean stackTraceFollows(List<String> lines, int failure) {
        for (int i = failure + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("\tat ")) {
                return true;
            }
            if (RECORD_START.matcher(line).find() || line.endsWith("]]")) {
                return false;
            }
        }
        return false;
    }

    /** Lines of any encoding: a byte that is no UTF-8 becomes U+FFFD rather than a failure. */
    private static List<String> read(Path log) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
