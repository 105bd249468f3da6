package lu.econnector.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.template.control.TemplateSamples;

/**
 * The eConnector under load: {@code preview}, {@code signed}, {@code submissions} and
 * {@code batch-submissions} of {@code mh} documents over kept-alive HTTPS at 1, 8 and 32
 * closed-loop clients, each for a fixed time after a warm-up, against a sandbox started here
 * (or one already running). Per row: documents/s, p50/p90/p99, errors, the CPU per document
 * of the server, the simulators and the clients, the server's RSS and heap after a full GC,
 * and the ratio to the in-process floor measured first in the same run. With
 * {@code bench.profile}, a flight recording of the server per endpoint at
 * {@code bench.profileClients}, summarised at the end. Run with {@code bench/load} (see
 * bench/README.md). Not a test: figures, no assertions. Exit status 0 when no request failed.
 */
public final class LoadBenchmark {

    private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10));
    /**
     * Each floor and endpoint is first run unmeasured, at least this long and then until its JIT
     * compilers are quiet: those of a freshly started server kept 15-40 % of its CPU busy for the
     * first minutes of load and still 17-19 % after four minutes of {@code signed} (a long tail
     * of methods reaching C2 in Payara, Jersey, Weld, PDFBox and DSS), under 5 % only after about
     * five. A production eConnector runs for days. 0 measures the first minute after a boot.
     */
    private static final Duration SETTLE = Duration.ofSeconds(Integer.getInteger("bench.settleSeconds", 60));
    /** The settling ends at this length even if the JIT is still busy (the rows then say how busy). */
    private static final Duration SETTLE_MAX = Duration.ofSeconds(Integer.getInteger("bench.settleMaxSeconds", 600));
    /** The JIT is quiet when its compiler threads took less than this share of the process's CPU over a step. */
    private static final double QUIET_JIT_PERCENT = Double.parseDouble(System.getProperty("bench.quietJitPercent", "5"));
    private static final Duration SETTLE_STEP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.measureSeconds", 20));
    private static final int[] CLIENTS = Arrays.stream(System.getProperty("bench.clients", "1,8,32").split(","))
            .mapToInt(c -> Integer.parseInt(c.trim())).toArray();
    private static final List<LoadEndpoint> ENDPOINTS = Arrays.stream(System.getProperty("bench.endpoints",
            "preview,signed,submissions,batch-submissions").split(",")).map(e -> LoadEndpoint.named(e.trim())).toList();
    private static final int BATCH_ITEMS = Integer.getInteger("bench.batchItems", 10);
    /** A practice's end of day: batches of this many sent one after the other, each timed alone. */
    private static final int LONE_BATCH_ITEMS = Integer.getInteger("bench.loneBatchItems", 100);
    private static final int LONE_BATCHES = Integer.getInteger("bench.loneBatches", 5);
    private static final int PORT = Integer.getInteger("bench.port", 8543);
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 60));
    private static final boolean FLOOR = Boolean.parseBoolean(System.getProperty("bench.floor", "true"));
    private static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("bench.profile", "false"));
    private static final int PROFILE_CLIENTS = Integer.getInteger("bench.profileClients", 8);
    private static final Path HOME = Path.of(System.getProperty("bench.home", "target/bench/load"));
    /** DSS's per-signature log lines would cost the floor more than signing does. Held: JUL keeps loggers weakly. */
    private static final Logger DSS = Logger.getLogger("eu.europa.esig");

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DSS.setLevel(Level.SEVERE);
        Files.createDirectories(HOME);
        RowPrinter table = new RowPrinter(System.out, ProcessReadings.ticksPerSecond());
        table.header();
        Map<LoadEndpoint.Floor, Map<Integer, Double>> floors = FLOOR ? floors(table) : Map.of();
        SandboxUnderLoad sandbox = SandboxUnderLoad.chosen(HOME, PORT, "bench/load");
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        boolean failed;
        List<Runnable> profiles = new ArrayList<>();
        try {
            failed = drive(sandbox, table, floors, profiles);
            if (ENDPOINTS.contains(LoadEndpoint.BATCH) && LONE_BATCHES > 0) {
                failed |= loneBatches(sandbox.client(TIMEOUT));
            }
            table.memory(sandbox.serverPid(), "after the run");
            sandbox.boot().ifPresentOrElse(table::boot, () -> System.out.println("boot: not measured (a running server)"));
        } finally {
            sandbox.close();
        }
        profiles.forEach(Runnable::run);
        System.exit(failed ? 1 : 0);
    }

    /**
     * Load that is not measured, before the rows of a floor or an endpoint, at 8 clients (or fewer
     * when the rows ask for fewer): {@link #SETTLE}, then steps of {@link #SETTLE_STEP} until the
     * JIT compilers of the processes under load (the server and the simulators, or this JVM for a
     * floor) took less than {@link #QUIET_JIT_PERCENT} of their CPU in a step, or {@link #SETTLE_MAX}.
     */
    private static void settle(String what, Callable<Outcome> request, long serverPid, long simulatorsPid)
            throws Exception {
        if (SETTLE.isZero()) {
            return;
        }
        int clients = Math.min(8, Arrays.stream(CLIENTS).max().orElse(1));
        long started = System.nanoTime();
        TimedLoad.run(request, clients, SETTLE, Duration.ofSeconds(1), new CpuWindow(-1, -1));
        CpuWindow step;
        boolean quiet;
        do {
            step = new CpuWindow(serverPid, simulatorsPid);
            TimedLoad.run(request, clients, Duration.ZERO, SETTLE_STEP, step);
            // Unknown counts as quiet: a process whose threads cannot be read does not hold the run up.
            quiet = step.jitPercentUnderLoad().values().stream().allMatch(jit -> Double.isNaN(jit) || jit < QUIET_JIT_PERCENT);
        } while (!quiet && System.nanoTime() - started < SETTLE_MAX.toNanos());
        StringJoiner shares = new StringJoiner(", ");
        step.jitPercentUnderLoad().forEach((process, jit) -> shares.add(String.format("%.1f %% of %s CPU", jit, process)));
        System.out.printf("    %s settled after %d s of load%s: JIT %s in the last %d s%n", what,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                quiet ? "" : " (not quiet at bench.settleMaxSeconds)", shares, SETTLE_STEP.toSeconds());
    }

    /** The floors at each number of clients, as threads in this JVM: docs/s by floor and clients. */
    private static Map<LoadEndpoint.Floor, Map<Integer, Double>> floors(RowPrinter table) throws Exception {
        PipelineFloor floor = new PipelineFloor();
        Map<LoadEndpoint.Floor, Map<Integer, Double>> docsPerSecond = new EnumMap<>(LoadEndpoint.Floor.class);
        for (LoadEndpoint.Floor kind : LoadEndpoint.Floor.values()) {
            settle(kind == LoadEndpoint.Floor.RENDER ? "floor render" : "floor render+sign", floor.documents(kind), -1, -1);
            for (int clients : CLIENTS) {
                CpuWindow cpu = new CpuWindow(-1, -1);
                TimedLoad.Row row = TimedLoad.run(floor.documents(kind), clients, WARMUP, MEASURED, cpu);
                table.row(kind == LoadEndpoint.Floor.RENDER ? "floor render" : "floor render+sign", row, cpu, Double.NaN);
                docsPerSecond.computeIfAbsent(kind, k -> new java.util.TreeMap<>()).put(clients, row.documentsPerSecond());
            }
        }
        return docsPerSecond;
    }

    private static boolean drive(SandboxUnderLoad sandbox, RowPrinter table,
                                 Map<LoadEndpoint.Floor, Map<Integer, Double>> floors, List<Runnable> profiles)
            throws Exception {
        EconnectorClient client = sandbox.client(TIMEOUT);
        Jcmd jcmd = new Jcmd(sandbox.serverPid());
        Path settings = FlightSettings.writeTo(HOME.resolve("profile-with-tls.jfc"));
        boolean failed = false;
        for (LoadEndpoint endpoint : ENDPOINTS) {
            if (!answers(client, endpoint)) {
                continue;
            }
            settle(endpoint.label(), endpoint.requests(client, BATCH_ITEMS), sandbox.serverPid(), sandbox.simulatorsPid());
            for (int clients : CLIENTS) {
                boolean profiled = PROFILE && clients == PROFILE_CLIENTS && sandbox.serverPid() > 0;
                String recording = endpoint.label() + "-" + clients;
                if (profiled) {
                    jcmd.startRecording(recording, settings);
                }
                CpuWindow cpu = new CpuWindow(sandbox.serverPid(), sandbox.simulatorsPid());
                TimedLoad.Row row = TimedLoad.run(endpoint.requests(client, BATCH_ITEMS), clients, WARMUP,
                        MEASURED, cpu);
                double floor = floors.getOrDefault(endpoint.floor(), Map.of()).getOrDefault(clients, Double.NaN);
                table.row(endpoint.label(), row, cpu, row.documentsPerSecond() / floor);
                table.memory(sandbox.serverPid(), null);
                failed |= row.failed() > 0;
                if (profiled) {
                    Path file = HOME.resolve(recording + ".jfr");
                    jcmd.stopRecording(recording, file);
                    FlightRecordingSummary summary = FlightRecordingSummary.read(file, cpu.opened(), cpu.closed());
                    String title = endpoint.label() + " at " + clients + " clients (" + file + ")";
                    try (PrintStream kept = new PrintStream(HOME.resolve(recording + ".summary.txt").toFile(),
                            StandardCharsets.UTF_8)) {
                        summary.print(kept, title, row.documents());
                    }
                    profiles.add(() -> summary.print(System.out, title, row.documents()));
                }
            }
        }
        return failed;
    }

    /**
     * Batches of {@link #LONE_BATCH_ITEMS} sent one at a time on an otherwise idle server, after a
     * warm-up batch: how long a practice waits for its day's fee notes. Prints each batch's time.
     */
    private static boolean loneBatches(EconnectorClient client) throws Exception {
        String data = TemplateSamples.mh().toString();
        LoadEndpoint.BATCH.judge(LoadEndpoint.BATCH.send(client, data, LONE_BATCH_ITEMS), 0);
        List<Long> millis = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < LONE_BATCHES; i++) {
            long start = System.nanoTime();
            Outcome outcome = LoadEndpoint.BATCH.judge(LoadEndpoint.BATCH.send(client, data, LONE_BATCH_ITEMS), 0);
            millis.add((System.nanoTime() - start) / 1_000_000);
            if (outcome.failed() || outcome.documents() != LONE_BATCH_ITEMS) {
                failed = true;
                System.out.printf("lone batch %d: %d of %d items with a receipt (%s)%n", i + 1, outcome.documents(),
                        LONE_BATCH_ITEMS, outcome.error());
            }
        }
        System.out.printf("lone batches of %d mh, one at a time (after one warm-up batch): %s ms; slowest %d ms%s%n",
                LONE_BATCH_ITEMS, millis, millis.stream().mapToLong(Long::longValue).max().orElse(0),
                failed ? "" : ", every item 201 with its receipt");
        return failed;
    }

    /**
     * One request before measuring: a 404 or 405 means this eConnector has no such endpoint
     * (skipped, with a line saying so); a 5xx is retried for a minute (an application still
     * starting on a loaded machine); any other failure stops the run.
     */
    private static boolean answers(EconnectorClient client, LoadEndpoint endpoint) throws Exception {
        String data = TemplateSamples.mh().toString();
        Instant patience = Instant.now().plusSeconds(60);
        HttpResponse<byte[]> answer = endpoint.send(client, data, BATCH_ITEMS);
        while (answer.statusCode() >= 500 && Instant.now().isBefore(patience)) {
            Thread.sleep(2000);
            answer = endpoint.send(client, data, BATCH_ITEMS);
        }
        if (answer.statusCode() == 404 || answer.statusCode() == 405) {
            System.out.printf("%-20s skipped: POST /%s answers %d (this eConnector has no such endpoint)%n",
                    endpoint.label(), endpoint.path(), answer.statusCode());
            return false;
        }
        Outcome probe = endpoint.judge(answer, 0);
        if (probe.failed()) {
            fail("POST /" + endpoint.path() + " does not deliver: " + probe.error());
        }
        return true;
    }

    private static void fail(String why) {
        System.err.println("bench/load: " + why);
        System.exit(1);
    }
}
