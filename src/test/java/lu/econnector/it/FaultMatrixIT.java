package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.fault.Gate;
import lu.econnector.sandbox.fault.UnknownCaServer;
import lu.econnector.sandbox.pki.SandboxPki;
import lu.econnector.template.control.TemplateSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every upstream operation against every fault, on the WAR started as an operator starts it,
 * with timeouts and circuit breaker delays short enough for the whole matrix to run in minutes.
 * Each cell checks the vendor's answer (status, {@code upstream}) and its time against the
 * configured deadline, the upstream's row in {@code /econnector/status} (the console's
 * dashboard shows the same rows) and readiness, then clears the fault and waits for full
 * recovery: a good answer again, every upstream up. The run writes the matrix as Markdown to
 * {@code target/reliability/fault-matrix.md} and, when every cell passed, to
 * {@code docs/reliability/fault-matrix.md}.
 *
 * <p>The simulators have their own instance here, each upstream URL behind a relay
 * ({@link Gate}), so that a closed port or an untrusted certificate hits one upstream only.
 */
class FaultMatrixIT {

    static final int READ_TIMEOUT_MS = 2000;
    static final int CONNECT_TIMEOUT_MS = 2000;
    static final int PROBE_TIMEOUT_MS = 2000;
    static final int CIRCUIT_DELAY_MS = 1000;
    /**
     * The calls a circuit weighs. Recovery ends with as many good calls, so that no failure of
     * one cell is still weighed in the next: a circuit opened by the last cell's leftovers would
     * answer 503 where the cell's own fault means 504 or 502.
     */
    static final int CIRCUIT_WINDOW = 4;
    static final double POLL_INTERVAL_MINUTES = 0.05;
    /** How long status results are kept by the server before a new probe round. */
    static final long STATUS_FRESHNESS_MS = 5000;
    /** What a loaded CI machine may add to a deadline: scheduling, a TLS handshake, writing the problem. */
    static final long MARGIN_MS = 1500;
    static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(45);

    private static final int PORT = Integer.getInteger("econnector.httpsPort", 18443) + 37;
    private static final Path WORK = SandboxExtension.IT_DIR.resolveSibling("fault-matrix");
    private static final Path BASEDIR = Path.of(System.getProperty("econnector.serverConfig", "server-config"))
            .toAbsolutePath().getParent();

    private static final List<FaultMatrixRow> ROWS = Collections.synchronizedList(new ArrayList<>());
    private static final Map<UpstreamOperation.Path, Long> HEALTHY_MILLIS = new EnumMap<>(UpstreamOperation.Path.class);
    private static final AtomicInteger SUBJECTS = new AtomicInteger();
    private static final AtomicInteger RELEASES = new AtomicInteger();

    private static UnknownCaServer unknownCa;
    private static final Map<String, Gate> GATES = new LinkedHashMap<>();
    private static SandboxServer sandbox;
    private static ServerProcess server;
    private static TestTokens tokens;
    private static EconnectorClient client;

    @BeforeAll
    static void startBehindGates() throws Exception {
        Files.createDirectories(WORK);
        unknownCa = UnknownCaServer.start();
        AtomicInteger simulatorsPort = new AtomicInteger();
        for (UpstreamOperation operation : UpstreamOperation.values()) {
            if (!GATES.containsKey(operation.gate)) {
                GATES.put(operation.gate, Gate.open(simulatorsPort::get, unknownCa.port()));
            }
        }
        sandbox = SandboxServer.start(0, WORK.resolve("stores"), GATES.get("aes").port());
        simulatorsPort.set(sandbox.port());
        tokens = new TestTokens(sandbox.aesKeys());
        SandboxPki pki = new SandboxPki(SandboxExtension.IT_DIR.resolve("pki")).ensure();
        server = ServerProcess.launched(environment(pki), WORK.resolve("server.log"));
        server.awaitOutput(") ready in", Duration.ofSeconds(360));
        client = new EconnectorClient(PORT, Duration.ofSeconds(60));
        awaitAllUp(Duration.ofSeconds(120));
        for (UpstreamOperation.Path path : UpstreamOperation.Path.values()) {
            if (path != UpstreamOperation.Path.TEMPLATE_SYNC) {
                HEALTHY_MILLIS.put(path, healthyMillis(path));
            }
        }
        System.out.println("FaultMatrixIT: healthy answers (ms) " + HEALTHY_MILLIS);
    }

    private static Map<String, String> environment(SandboxPki pki) {
        Map<String, String> env = new HashMap<>(sandbox.econnectorSettings());
        env.put("KMS_GET_CERTIFICATE_URL", gated("kms-certificate", "api/v3/get-certificate"));
        env.put("KMS_SIGN_URL", gated("kms-sign", "api/v3/sign-data"));
        env.put("KMS_TIMESTAMP_URL", gated("kms-timestamp", "api/v3/sign-timestamp"));
        env.put("CCSS_URL", gated("sts", "ws/soap/trust?wsdl"));
        env.put("CCSS_SYNC_URL", gated("syncexchange", "ws/soap/espinst/syncexchange"));
        env.put("SYNC_EXCHANGE_WSDL", gated("syncexchange", "ws/soap/espinst/syncexchange?wsdl"));
        env.put("IHUB_URL", gated("ihub", "ws/rest/ihub/v1"));
        // AES_ISSUER_URL already names the AeS gate: the sandbox's issuer was made with its port.
        env.put("ACCEPT_LICENSE", "true");
        env.put("SPRING_PROFILES_ACTIVE", "sandbox");
        env.put("SAAS_KEYSTORE", pki.saasKeystore().toAbsolutePath().toString());
        env.put("SAAS_KEYSTORE_PASSWORD", SandboxPki.PASSWORD);
        env.put("SERVER_PORT", String.valueOf(PORT));
        env.put("ECONNECTOR_RUNTIME_DIR", WORK.resolve("runtime").toAbsolutePath().toString());
        env.put("UPSTREAM_READ_TIMEOUT_MS", String.valueOf(READ_TIMEOUT_MS));
        env.put("UPSTREAM_CONNECT_TIMEOUT_MS", String.valueOf(CONNECT_TIMEOUT_MS));
        env.put("HEALTH_PROBE_TIMEOUT_MS", String.valueOf(PROBE_TIMEOUT_MS));
        env.put("CIRCUITBREAKER_DELAY", String.valueOf(CIRCUIT_DELAY_MS));
        env.put("CIRCUITBREAKER_REQUESTVOLUMETHRESHOLD", String.valueOf(CIRCUIT_WINDOW));
        env.put("AES_JWKS_MIN_REFRESH_SECONDS", "1");
        env.put("IHUB_POLL_INTERVAL_MINUTES", String.valueOf(POLL_INTERVAL_MINUTES));
        return env;
    }

    private static String gated(String gate, String path) {
        return "https://localhost:" + GATES.get(gate).port() + "/" + path;
    }

    @AfterAll
    static void writeMatrixAndStop() throws Exception {
        try {
            if (!ROWS.isEmpty()) {
                String markdown = FaultMatrixReport.markdown(ROWS, settingsLine());
                Path generated = BASEDIR.resolve("target/reliability/fault-matrix.md");
                Files.createDirectories(generated.getParent());
                Files.writeString(generated, markdown);
                boolean complete = ROWS.size() == UpstreamOperation.values().length * InjectedFault.values().length;
                if (complete && ROWS.stream().allMatch(FaultMatrixRow::passed)) {
                    Path documented = BASEDIR.resolve("docs/reliability/fault-matrix.md");
                    Files.createDirectories(documented.getParent());
                    Files.writeString(documented, markdown);
                }
                System.out.println(markdown);
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
            GATES.values().forEach(Gate::close);
            if (unknownCa != null) {
                unknownCa.close();
            }
        }
    }

    private static String settingsLine() {
        return "UPSTREAM_READ_TIMEOUT_MS=" + READ_TIMEOUT_MS + ", UPSTREAM_CONNECT_TIMEOUT_MS=" + CONNECT_TIMEOUT_MS
                + ", HEALTH_PROBE_TIMEOUT_MS=" + PROBE_TIMEOUT_MS + ", CIRCUITBREAKER_DELAY=" + CIRCUIT_DELAY_MS
                + ", CIRCUITBREAKER_REQUESTVOLUMETHRESHOLD=" + CIRCUIT_WINDOW
                + ", IHUB_POLL_INTERVAL_MINUTES=" + POLL_INTERVAL_MINUTES
                + "; margin " + MARGIN_MS + " ms; healthy answers (ms) " + HEALTHY_MILLIS;
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAgainstEveryFault() {
        return Arrays.stream(UpstreamOperation.values()).flatMap(operation -> Arrays.stream(InjectedFault.values())
                .map(fault -> DynamicTest.dynamicTest(operation.label + ": " + fault.label, () -> {
                    FaultMatrixRow row = run(operation, fault);
                    ROWS.add(row);
                    System.out.println("FaultMatrixIT: " + row);
                    assertThat(row.failures()).as(operation.label + " / " + fault.label).isEmpty();
                })));
    }

    private static FaultMatrixRow run(UpstreamOperation operation, InjectedFault fault) throws Exception {
        List<String> failures = new ArrayList<>();
        long deadline = deadlineMillis(operation, fault);
        String expected = expectedStatus(operation, fault) + " " + expectedAvailability(operation, fault);
        String token = operation.path == UpstreamOperation.Path.NEW_KEY ? null : freshToken();
        if (operation.path == UpstreamOperation.Path.NEW_KEY) {
            sandbox.aesKeys().rotate();
            token = freshToken();
        }
        inject(operation, fault);
        long start = System.nanoTime();
        Answer answer = null;
        long answerMillis;
        Seen seen;
        try {
            if (operation.path == UpstreamOperation.Path.TEMPLATE_SYNC) {
                if (operation == UpstreamOperation.IHUB_PACKAGE) {
                    sandbox.ihub().offerRelease("mh", "4.0." + RELEASES.incrementAndGet());
                }
                seen = awaitRow(operation, fault, Duration.ofMillis(deadline + 2 * MARGIN_MS));
                answerMillis = millisSince(start);
                answer = request(UpstreamOperation.Path.CACHED_KEY, token);
            } else {
                answer = request(operation.path, token);
                answerMillis = millisSince(start);
                seen = awaitRow(operation, fault, Duration.ofMillis(STATUS_FRESHNESS_MS + 4L * PROBE_TIMEOUT_MS + MARGIN_MS));
            }
        } finally {
            clear(operation, fault);
        }
        int expectedStatus = expectedStatus(operation, fault);
        if (answer.status() != expectedStatus) {
            failures.add("answered " + answer.status() + " instead of " + expectedStatus + ": " + answer.body());
        } else if (expectedStatus >= 500 && !operation.upstream.equals(answer.upstream())) {
            failures.add("the problem names upstream " + answer.upstream() + ", not " + operation.upstream);
        }
        if (answerMillis > deadline) {
            failures.add("took " + answerMillis + " ms, beyond " + deadline + " ms");
        }
        if (!seen.matches()) {
            failures.add("status and readiness: " + seen);
        }
        long recovery = awaitRecovery(operation);
        if (recovery < 0) {
            failures.add("no recovery within " + RECOVERY_PATIENCE.toSeconds() + " s: " + lastRecoveryProblem);
        }
        return new FaultMatrixRow(operation.label, fault.label, expected, String.valueOf(answer.status()),
                answerMillis, deadline, seen.toString(), recovery, String.join("; ", failures));
    }

    /** The answer the vendor gets, per docs/api.md's problem catalogue. */
    static int expectedStatus(UpstreamOperation operation, InjectedFault fault) {
        return switch (operation.path) {
            // the discovery document is read once, at the first request; keys stay cached
            case CACHED_KEY, TEMPLATE_SYNC -> 200;
            // AeS's keys not fetched: its outage, whatever the cause
            case NEW_KEY -> 503;
            case SIGNED, SUBMISSION -> switch (fault) {
                case SLOW, TRICKLE -> 504;
                case MALFORMED -> 502;
                case SERVER_ERROR, RESET, UNTRUSTED_TLS, PORT_CLOSED -> 503;
            };
        };
    }

    /**
     * The upstream's row, per docs/upstreams.md's readiness probes. AeS's and mySecu's probes ask
     * for a 2xx and read no further, so a malformed 200 leaves them up: only the calls that read
     * it fail. The KMS's probe wants a 401 (a 200 is wrong); iHUB's failed synchronisation shows.
     */
    static String expectedAvailability(UpstreamOperation operation, InjectedFault fault) {
        if (fault == InjectedFault.MALFORMED && (operation.upstream.equals("aes") || operation.upstream.equals("mysecu"))) {
            return "UP";
        }
        return operation.required() ? "DOWN" : "DEGRADED";
    }

    /** Until a background failure shows: the timer's next round, then the status's next probe round. */
    static final long BACKGROUND_MS = (long) (POLL_INTERVAL_MINUTES * 60_000) + STATUS_FRESHNESS_MS;

    /**
     * The configured deadline of the path plus the healthy path's own time and a margin. KMS
     * get-certificate is tried twice (200 ms apart); syncexchange is bounded by the connect and
     * read timeouts together; an iHUB package gets six read timeouts; a background failure
     * shows once the timer's next round and the status's next probe round have run.
     */
    static long deadlineMillis(UpstreamOperation operation, InjectedFault fault) {
        long upstream = switch (operation) {
            case KMS_GET_CERTIFICATE -> 2L * READ_TIMEOUT_MS + 200;
            case IHUB_PACKAGE -> BACKGROUND_MS + READ_TIMEOUT_MS + 6L * READ_TIMEOUT_MS;
            case IHUB_CATALOGUE -> BACKGROUND_MS + READ_TIMEOUT_MS;
            // Metro's call: connection and answer
            case MYSECU_SYNCEXCHANGE -> CONNECT_TIMEOUT_MS + READ_TIMEOUT_MS;
            default -> READ_TIMEOUT_MS;
        };
        return upstream + HEALTHY_MILLIS.getOrDefault(operation.path, 0L) + MARGIN_MS;
    }

    /** How long a slow or trickling answer lasts: well past the deadline it must be cut at. */
    private static Duration pastTheDeadline(UpstreamOperation operation) {
        long deadline = operation == UpstreamOperation.IHUB_PACKAGE ? 6L * READ_TIMEOUT_MS : 2L * READ_TIMEOUT_MS;
        return Duration.ofMillis(deadline + 3000);
    }

    private static void inject(UpstreamOperation operation, InjectedFault fault) throws IOException {
        Fault injected = switch (fault) {
            case SLOW -> Fault.delay(pastTheDeadline(operation));
            case TRICKLE -> Fault.trickle(pastTheDeadline(operation));
            case SERVER_ERROR -> Fault.httpStatus(503);
            case MALFORMED -> Fault.malformedBody();
            case RESET -> Fault.connectionReset();
            case UNTRUSTED_TLS, PORT_CLOSED -> null;
        };
        if (injected != null) {
            sandbox.faults().inject(operation.upstream, operation.operation, injected);
        } else {
            GATES.get(operation.gate).set(fault == InjectedFault.PORT_CLOSED ? Gate.Mode.CLOSED : Gate.Mode.UNTRUSTED_TLS);
        }
    }

    private static void clear(UpstreamOperation operation, InjectedFault fault) throws IOException {
        sandbox.faults().clear();
        GATES.get(operation.gate).set(Gate.Mode.OPEN);
    }

    private static String lastRecoveryProblem = "";

    /** Milliseconds until a good answer on the operation's path with every upstream up, or -1. */
    private static long awaitRecovery(UpstreamOperation operation) throws InterruptedException {
        long start = System.nanoTime();
        UpstreamOperation.Path path = operation.path == UpstreamOperation.Path.TEMPLATE_SYNC
                ? UpstreamOperation.Path.CACHED_KEY : operation.path;
        boolean answered = false;
        while (millisSince(start) < RECOVERY_PATIENCE.toMillis()) {
            if (!answered) {
                Answer answer = request(path, freshToken());
                answered = answer.status() / 100 == 2;
                lastRecoveryProblem = "answered " + answer.status();
            }
            if (answered) {
                JsonObject status = status();
                if (status.getString("status").equals("UP")) {
                    long recovered = millisSince(start);
                    closeTheWindow(path);
                    return recovered;
                }
                lastRecoveryProblem = "status " + status.getString("status");
            }
            Thread.sleep(250);
        }
        return -1;
    }

    /** Fills the circuit breakers' windows of the path with good calls (see {@link #CIRCUIT_WINDOW}). */
    private static void closeTheWindow(UpstreamOperation.Path path) {
        if (path == UpstreamOperation.Path.SIGNED || path == UpstreamOperation.Path.SUBMISSION) {
            for (int i = 0; i < CIRCUIT_WINDOW; i++) {
                Answer answer = request(path, freshToken());
                assertThat(answer.status()).as("good call after recovery: " + answer.body()).isBetween(200, 201);
            }
        }
    }

    private static void awaitAllUp(Duration patience) throws InterruptedException {
        long start = System.nanoTime();
        JsonObject status = null;
        while (millisSince(start) < patience.toMillis()) {
            try {
                status = status();
                if (status.getString("status").equals("UP")) {
                    return;
                }
            } catch (IllegalStateException busy) {
                // a loaded machine: the server may take a while to accept
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not UP after " + patience + ": " + status);
    }

    /** The upstream's row as it changes: polled until it shows the failure, or the patience ends. */
    private static Seen awaitRow(UpstreamOperation operation, InjectedFault fault, Duration patience)
            throws InterruptedException {
        long start = System.nanoTime();
        Seen seen;
        do {
            seen = seen(operation, fault);
            if (seen.matches()) {
                return seen;
            }
            Thread.sleep(200);
        } while (millisSince(start) < patience.toMillis());
        return seen;
    }

    private static Seen seen(UpstreamOperation operation, InjectedFault fault) {
        HttpResponse<String> status = client.get("econnector/status");
        JsonObject body = parse(status.body());
        JsonObject row = body.getJsonArray("upstreams").getValuesAs(JsonObject.class).stream()
                .filter(upstream -> upstream.getString("name").equals(operation.upstream)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + operation.upstream + ": " + body));
        int readiness = client.get("health/ready").statusCode();
        return new Seen(operation, expectedAvailability(operation, fault), row.getString("status"),
                row.getString("detail", ""), status.statusCode(), readiness);
    }

    /** The row and codes seen, and whether they are those documented for the operation's upstream. */
    record Seen(UpstreamOperation operation, String expected, String availability, String detail, int statusCode,
                int readiness) {

        boolean matches() {
            int expectedCode = expected.equals("DOWN") ? 503 : 200;
            return availability.equals(expected) && statusCode == expectedCode && readiness == expectedCode;
        }

        @Override
        public String toString() {
            return operation.upstream + " " + availability + " " + detail.replace("|", "/")
                    + ", status " + statusCode + ", ready " + readiness;
        }
    }

    private static JsonObject status() {
        return parse(client.get("econnector/status").body());
    }

    /** The vendor's answer, with the problem's {@code upstream} when there is one. */
    record Answer(int status, String upstream, String body) {
    }

    private static Answer request(UpstreamOperation.Path path, String token) {
        String data = TemplateSamples.mh().toString();
        HttpResponse<String> response = switch (path) {
            case CACHED_KEY, NEW_KEY, TEMPLATE_SYNC -> client.send("POST", "econnector/api/v1/documents/mh/preview",
                    data, "Authorization", "Bearer " + token, "Content-Type", "application/json");
            case SIGNED -> client.send("POST", "econnector/api/v1/documents/mh/signed", data,
                    "Authorization", "Bearer " + token, "Content-Type", "application/json");
            case SUBMISSION -> client.send("POST", "econnector/api/v1/documents/mh/submissions", data,
                    "Authorization", "Bearer " + token, "Content-Type", "application/json",
                    "Idempotency-Key", "fault-matrix-" + SUBJECTS.incrementAndGet() + "-" + System.nanoTime());
        };
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return new Answer(response.statusCode(), null, type);
        }
        JsonObject problem = parse(response.body());
        return new Answer(response.statusCode(), problem.getString("upstream", null),
                problem.getString("type", "") + " " + problem.getString("detail", ""));
    }

    /** A professional's token under a subject of its own: no chain or assertion cached for it yet. */
    private static String freshToken() {
        return tokens.signed(tokens.of("dr.muller").subject("fault-matrix-" + SUBJECTS.incrementAndGet()));
    }

    /** The slowest of three good answers, after one that warms the path up (first use of a template, of Metro). */
    private static long healthyMillis(UpstreamOperation.Path path) {
        request(path, freshToken());
        long slowest = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Answer answer = request(path, freshToken());
            assertThat(answer.status()).as("healthy " + path + ": " + answer.body()).isBetween(200, 201);
            slowest = Math.max(slowest, millisSince(start));
        }
        return slowest;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
