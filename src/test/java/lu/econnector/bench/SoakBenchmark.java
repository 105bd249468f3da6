package lu.econnector.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.econnector.template.control.TemplateSamples;

/**
 * The soak: mixed traffic for a long time from a few closed-loop clients (previews, signed
 * documents, submissions with new keys, batches, and bad requests that must be refused), with
 * one upstream fault switched on and off (the KMS answering 503), while the server's live heap
 * (what a full GC leaves, from the class histogram), live threads, open files, sockets and resident size are sampled every 10 s. Then a
 * burst of simultaneous signed requests beyond the bulkheads. Prints, and writes to
 * {@code target/bench/soak/soak.md}, the samples, a trend verdict per series, the errors
 * (expected refusals, injected, unexpected) and the burst's answers. Run with {@code bench/soak}
 * (see bench/README.md). Exit status 0 when every series is flat, no error falls outside the
 * fault windows and the burst gets its answers.
 */
public final class SoakBenchmark {

    /** Read before the other constants: {@link #LENGTH} needs it. */
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(s|m|h)?");
    private static final Duration LENGTH = duration(System.getProperty("bench.soak", "10m"));
    private static final int CLIENTS = Integer.getInteger("bench.soak.clients", 4);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    private static final Duration FAULT_FIRST = Duration.ofSeconds(Integer.getInteger("bench.soak.faultFirstSeconds", 30));
    private static final Duration FAULT_EVERY = Duration.ofSeconds(Integer.getInteger("bench.soak.faultEverySeconds", 120));
    private static final Duration FAULT_LENGTH = Duration.ofSeconds(Integer.getInteger("bench.soak.faultSeconds", 20));
    /**
     * After the fault stops, the circuit breakers need calls to close again and requests that
     * met the open circuit are still answering: errors up to this long after count as injected.
     */
    private static final Duration FAULT_GRACE = Duration.ofSeconds(Integer.getInteger("bench.soak.faultGraceSeconds", 15));
    private static final String FAULT = "{\"upstream\":\"kms\",\"operation\":\"*\",\"status\":503}";
    private static final int BURST = Integer.getInteger("bench.soak.burst", 64);
    private static final int BATCH_ITEMS = 10;
    private static final int PORT = Integer.getInteger("bench.port", 8543);
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 60));
    private static final Path HOME = Path.of(System.getProperty("bench.home", "target/bench/soak"));
    private static final String UNKNOWN_TEMPLATE = "econnector/api/v1/documents/no-such-template/preview";

    /** What a request of the mix did. */
    enum Kind { PREVIEW, SIGNED, SUBMISSION, BATCH, MALFORMED_JSON, UNKNOWN_TEMPLATE, NO_TOKEN }

    /** One reading of the server. */
    record Sample(double seconds, long heapAfterGcKib, long threads, long openFiles, long sockets, long rssKib) {
    }

    /** How the requests of one kind ended. */
    static final class Tally {
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong refusedAsExpected = new AtomicLong();
        final AtomicLong injected = new AtomicLong();
        final AtomicLong unexpected = new AtomicLong();
        final Map<String, Integer> unexpectedWhy = new ConcurrentHashMap<>();
    }

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(HOME);
        SandboxUnderLoad sandbox = SandboxUnderLoad.chosen(HOME, PORT, "bench/soak");
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        boolean passed;
        try {
            passed = soak(sandbox);
        } finally {
            sandbox.close();
        }
        System.exit(passed ? 0 : 1);
    }

    private static boolean soak(SandboxUnderLoad sandbox) throws Exception {
        EconnectorClient client = sandbox.client(TIMEOUT);
        long serverPid = sandbox.serverPid();
        if (serverPid <= 0) {
            throw new IllegalStateException("the server's process was not found: nothing to sample");
        }
        client.sandboxFault(null);
        String data = TemplateSamples.mh().toString();
        Map<Kind, Tally> tallies = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            tallies.put(kind, new Tally());
        }
        List<long[]> faultWindows = new CopyOnWriteArrayList<>();
        long machineStart[] = ProcessReadings.machineTicks(Files.readString(Path.of("/proc/stat")));
        long serverStart = ProcessReadings.cpuTicks(serverPid);
        long start = System.nanoTime();
        long end = start + LENGTH.toNanos();

        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            int offset = i;
            Thread thread = new Thread(() -> drive(client, data, offset, end, tallies, faultWindows), "soak-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread faults = new Thread(() -> switchFaults(client, start, end, faultWindows), "soak-faults");
        faults.setDaemon(true);
        faults.start();

        List<Sample> samples = new ArrayList<>();
        Jcmd jcmd = new Jcmd(serverPid);
        long next = start + SAMPLE_EVERY.toNanos();
        while (next <= end) {
            sleepUntil(next);
            samples.add(sample(jcmd, serverPid, (System.nanoTime() - start) / 1e9));
            Sample last = samples.get(samples.size() - 1);
            System.out.printf(Locale.ROOT, "%6.0f s  heap after GC %7.1f MiB  threads %4d  fds %4d  sockets %4d  RSS %6.1f MiB%n",
                    last.seconds(), last.heapAfterGcKib() / 1024.0, last.threads(), last.openFiles(), last.sockets(),
                    last.rssKib() / 1024.0);
            next += SAMPLE_EVERY.toNanos();
        }
        for (Thread thread : threads) {
            thread.join(TIMEOUT.toMillis() + 5000);
        }
        faults.join(TIMEOUT.toMillis());
        client.sandboxFault(null);
        long serverTicks = ProcessReadings.cpuTicks(serverPid) - serverStart;
        long[] machineEnd = ProcessReadings.machineTicks(Files.readString(Path.of("/proc/stat")));

        Burst burst = burst(client, data);
        Sample after = sample(jcmd, serverPid, (System.nanoTime() - start) / 1e9);

        List<SoakTrend.Verdict> verdicts = verdicts(samples);
        SoakReport report = new SoakReport(LENGTH, CLIENTS, samples, verdicts, tallies, faultWindows.size(), burst, after,
                load(machineStart, machineEnd, serverTicks));
        String text = report.markdown();
        System.out.println();
        System.out.println(text);
        Files.writeString(HOME.resolve("soak.md"), text, StandardCharsets.UTF_8);
        System.out.println("written to " + HOME.resolve("soak.md"));
        return report.passed();
    }

    /** The server's and the rest of the machine's share of its CPU over the run, in percent of all cores. */
    private static double[] load(long[] machineStart, long[] machineEnd, long serverTicks) {
        double total = machineEnd[1] - machineStart[1];
        double busy = machineEnd[0] - machineStart[0];
        return new double[] {100 * serverTicks / total, 100 * Math.max(0, busy - serverTicks) / total};
    }

    static List<SoakTrend.Verdict> verdicts(List<Sample> samples) {
        return List.of(
                SoakTrend.slope("heap after GC", points(samples, s -> s.heapAfterGcKib() / 1024.0), 5, "MiB"),
                SoakTrend.bounded("threads", points(samples, s -> (double) s.threads()), 10),
                SoakTrend.bounded("open files", points(samples, s -> (double) s.openFiles()), 16),
                SoakTrend.bounded("sockets", points(samples, s -> (double) s.sockets()), 8));
    }

    private static List<SoakTrend.Point> points(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        return samples.stream().map(s -> new SoakTrend.Point(s.seconds(), value.applyAsDouble(s))).toList();
    }

    private static Sample sample(Jcmd jcmd, long pid, double seconds) throws IOException, InterruptedException {
        OptionalLong live = jcmd.liveBytes();
        String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
        List<String> fds = ProcessReadings.fdTargets(pid);
        return new Sample(seconds, live.isPresent() ? live.getAsLong() / 1024 : -1, ProcessReadings.threads(status).orElse(-1), fds.size(),
                ProcessReadings.sockets(fds), ProcessReadings.rssKib(status).orElse(-1));
    }

    /**
     * One closed-loop client: the mix in turn, shifted by the client's number so that the
     * clients do not all send the same kind at once. Signed documents come twice per round.
     */
    private static void drive(EconnectorClient client, String data, int offset, long end, Map<Kind, Tally> tallies,
                              List<long[]> faultWindows) {
        Kind[] mix = {Kind.PREVIEW, Kind.SIGNED, Kind.SUBMISSION, Kind.SIGNED, Kind.BATCH, Kind.MALFORMED_JSON,
            Kind.PREVIEW, Kind.UNKNOWN_TEMPLATE, Kind.SUBMISSION, Kind.NO_TOKEN};
        for (int i = offset; System.nanoTime() < end; i++) {
            Kind kind = mix[i % mix.length];
            long sent = System.nanoTime();
            String failure;
            try {
                failure = send(client, data, kind);
            } catch (Exception e) {
                failure = e.getClass().getSimpleName();
            }
            long answered = System.nanoTime();
            Tally tally = tallies.get(kind);
            if (failure == null) {
                (isBadRequest(kind) ? tally.refusedAsExpected : tally.delivered).incrementAndGet();
            } else if (duringFault(sent, answered, faultWindows)) {
                tally.injected.incrementAndGet();
            } else {
                tally.unexpected.incrementAndGet();
                tally.unexpectedWhy.merge(failure, 1, Integer::sum);
            }
        }
    }

    private static boolean isBadRequest(Kind kind) {
        return kind == Kind.MALFORMED_JSON || kind == Kind.UNKNOWN_TEMPLATE || kind == Kind.NO_TOKEN;
    }

    /** Null when the answer is the one expected of its kind (a delivery, or the refusal a bad request earns). */
    private static String send(EconnectorClient client, String data, Kind kind) throws Exception {
        return switch (kind) {
            case PREVIEW -> judged(LoadEndpoint.PREVIEW, LoadEndpoint.PREVIEW.send(client, data, BATCH_ITEMS));
            case SIGNED -> judged(LoadEndpoint.SIGNED, LoadEndpoint.SIGNED.send(client, data, BATCH_ITEMS));
            case SUBMISSION -> judged(LoadEndpoint.SUBMISSIONS, LoadEndpoint.SUBMISSIONS.send(client, data, BATCH_ITEMS));
            case BATCH -> judged(LoadEndpoint.BATCH, LoadEndpoint.BATCH.send(client, data, BATCH_ITEMS));
            case MALFORMED_JSON -> refused(client.post(LoadEndpoint.PREVIEW.path(), "{\"patient\": [", Map.of()), 400, 422);
            case UNKNOWN_TEMPLATE -> refused(client.post(UNKNOWN_TEMPLATE, data, Map.of()), 404);
            case NO_TOKEN -> refused(client.postWithoutToken(LoadEndpoint.PREVIEW.path(), data), 401);
        };
    }

    private static String judged(LoadEndpoint endpoint, HttpResponse<byte[]> answer) {
        return endpoint.judge(answer, 0).error();
    }

    private static String refused(HttpResponse<byte[]> answer, int... expected) {
        for (int status : expected) {
            if (answer.statusCode() == status && answer.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json")) {
                return null;
            }
        }
        return "refused with " + LoadEndpoint.failure(answer) + " "
                + answer.headers().firstValue("Content-Type").orElse("(no type)");
    }

    private static boolean duringFault(long sent, long answered, List<long[]> windows) {
        long grace = FAULT_GRACE.toNanos();
        for (long[] window : windows) {
            long off = window[1] == 0 ? Long.MAX_VALUE : window[1] + grace;
            if (sent <= off && answered >= window[0]) {
                return true;
            }
        }
        return false;
    }

    /** The KMS answers 503 to everything for {@link #FAULT_LENGTH}, every {@link #FAULT_EVERY}. */
    private static void switchFaults(EconnectorClient client, long start, long end, List<long[]> windows) {
        long on = start + FAULT_FIRST.toNanos();
        try {
            while (on + FAULT_LENGTH.toNanos() < end) {
                sleepUntil(on);
                long[] window = {System.nanoTime(), 0};
                windows.add(window);
                check(client.sandboxFault(FAULT));
                sleepUntil(on + FAULT_LENGTH.toNanos());
                check(client.sandboxFault(null));
                window[1] = System.nanoTime();
                on += FAULT_EVERY.toNanos();
            }
        } catch (Exception e) {
            System.err.println("bench/soak: the fault control failed: " + e);
        }
    }

    private static void check(int status) {
        if (status >= 300) {
            throw new IllegalStateException("the sandbox's fault control answered " + status);
        }
    }

    /** The burst's answers: delivered, refused with 503 and Retry-After, anything else, and the request after. */
    record Burst(int sent, int delivered, int busyWithRetryAfter, Map<String, Integer> other, long slowestMillis,
                 String nextRequest) {

        boolean passed() {
            return other.isEmpty() && delivered + busyWithRetryAfter == sent && nextRequest == null;
        }
    }

    /**
     * {@link #BURST} signed requests released at once: each must be answered within the client's
     * timeout, either with its PDF or with 503 and {@code Retry-After}, and a request after them
     * must succeed.
     */
    private static Burst burst(EconnectorClient client, String data) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(BURST);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return LoadEndpoint.SIGNED.send(client, data, BATCH_ITEMS);
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        Map<String, Integer> other = new java.util.TreeMap<>();
        for (Future<HttpResponse<byte[]>> future : answers) {
            try {
                HttpResponse<byte[]> answer = future.get(TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
                if (LoadEndpoint.SIGNED.judge(answer, 0).error() == null) {
                    delivered.incrementAndGet();
                } else if (answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()) {
                    busy.incrementAndGet();
                } else {
                    other.merge(LoadEndpoint.failure(answer), 1, Integer::sum);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                other.merge("no answer: " + cause.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        long slowest = (System.nanoTime() - start) / 1_000_000;
        pool.shutdownNow();
        String next = LoadEndpoint.SIGNED.judge(LoadEndpoint.SIGNED.send(client, data, BATCH_ITEMS), 0).error();
        return new Burst(BURST, delivered.get(), busy.get(), Collections.unmodifiableMap(other), slowest, next);
    }

    /** {@code 10m}, {@code 90s}, {@code 1h}; a bare number is seconds. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("bench.soak: a length such as 10m, 90s or 1h, not " + text);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }
}
