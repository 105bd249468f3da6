package lu.econnector.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.sandbox.EconnectorOnSandbox;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.template.control.BundledTemplates;
import lu.econnector.template.control.DocumentRendering;
import lu.econnector.template.control.PdfRenderer;
import lu.econnector.template.control.TemplatePackageReader;
import lu.econnector.template.control.TemplateSamples;

/**
 * Signed {@code mh} documents per second and p50/p99 latency of
 * {@code POST /econnector/api/v1/documents/mh/signed} on an eConnector started here with the
 * sandbox, at 1, 4 and 16 clients, once per signature level (a server started at each);
 * beside it, the floor: DSS signing the same rendered PDF at the same level in-process with a
 * local key and TSA ({@link SigningFloor}). Run with {@code bench/sign}
 * (see bench/README.md). Not a test: figures, no assertions. Exits 3 when the endpoint is
 * missing, 1 when the eConnector cannot be started or does not sign.
 */
public final class SignBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    private static final int MEASURED = Integer.getInteger("bench.documents", 300);
    private static final int[] CLIENTS = Arrays.stream(System.getProperty("bench.clients", "1,4,16").split(","))
            .mapToInt(c -> Integer.parseInt(c.trim())).toArray();
    private static final int PORT = Integer.getInteger("bench.port", 8543);
    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeoutSeconds", 60));
    private static final boolean VISIBLE = Boolean.parseBoolean(System.getProperty("bench.visible", "false"));
    private static final boolean HTTP = Boolean.parseBoolean(System.getProperty("bench.http", "true"));
    /** The signature levels measured: the floor at each, then a server started at each. */
    private static final List<PadesLevel> LEVELS = Arrays.stream(System.getProperty("bench.levels",
                    "PAdES-BASELINE-T,PAdES-BASELINE-LT,PAdES-BASELINE-LTA").split(","))
            .map(name -> PadesLevel.named(name.trim()).orElseThrow(
                    () -> new IllegalArgumentException("bench.levels: no level " + name)))
            .toList();
    private static final Path HOME = Path.of("target", "bench");
    /**
     * DSS logs a few INFO and WARNING lines per signature ("No revocation found" for the
     * noRevAvail signer): printed to this console they would cost the floor more than the
     * signing does on a slow terminal. Held here, as JUL keeps loggers weakly.
     */
    private static final Logger DSS = Logger.getLogger("eu.europa.esig");

    private SignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        DSS.setLevel(Level.SEVERE);
        System.out.printf("%-14s %7s %9s %9s %9s%n", "what", "clients", "docs/s", "p50ms", "p99ms");
        byte[] mh = renderedMh();
        Map<PadesLevel, LoadRun.Result> floor = new EnumMap<>(PadesLevel.class);
        for (PadesLevel level : LEVELS) {
            floor.put(level, measure("dss " + level.name(), new SigningFloor(VISIBLE, level).signing(mh)).get(0));
        }
        if (!HTTP) {
            return;
        }
        Map<PadesLevel, LoadRun.Result> http = new EnumMap<>(PadesLevel.class);
        boolean failed = false;
        for (PadesLevel level : LEVELS) {
            List<LoadRun.Result> atLevel;
            try {
                atLevel = measureHttp(level);
            } catch (SignedDocumentsClient.EndpointMissingException missing) {
                System.err.println("bench/sign: " + missing.getMessage());
                System.exit(3);
                return;
            } catch (Exception e) {
                System.err.println("bench/sign: " + e.getMessage() + " (server log: " + log(level).toAbsolutePath() + ")");
                System.exit(1);
                return;
            }
            http.put(level, atLevel.get(0));
            failed |= atLevel.stream().anyMatch(r -> r.failed() > 0);
        }
        http.forEach((level, result) -> printRatio(level, result, floor.get(level)));
        System.exit(failed ? 1 : 0);
    }

    /** A server started with {@code SIGNATURE_LEVEL} at the level, measured, then stopped. */
    private static List<LoadRun.Result> measureHttp(PadesLevel level) throws Exception {
        refuseBusyPort();
        if (!"true".equals(System.getenv("ACCEPT_LICENSE"))) {
            throw new IllegalStateException("the eConnector starts only with the licence accepted: "
                    + "ACCEPT_LICENSE=true bench/sign");
        }
        Files.createDirectories(HOME);
        EconnectorOnSandbox sandbox = EconnectorOnSandbox.start(HOME, 0, PORT, ProcessBuilder.Redirect.to(log(level).toFile()),
                Map.of("SIGNATURE_LEVEL", level.etsiName()));
        // Ctrl-C must not leave Payara Micro behind.
        Thread stopper = new Thread(sandbox::close);
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            if (!sandbox.awaitAnswer(Duration.ofMinutes(5))) {
                throw new IllegalStateException("the eConnector did not answer on " + sandbox.base());
            }
            SignedDocumentsClient client = new SignedDocumentsClient(sandbox.base(), sandbox.trustingTheEconnector(),
                    sandbox.simulators(), TIMEOUT);
            String body = TemplateSamples.mh().toString();
            client.probe(body);
            return measure("http " + level.name(), client.signing(body));
        } finally {
            sandbox.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or ran: nothing left to remove
            }
        }
    }

    /** Warm-up, then one row per number of clients; failures listed under their row. */
    private static List<LoadRun.Result> measure(String what, Callable<Outcome> document) throws Exception {
        LoadRun.run(document, Math.min(4, CLIENTS[CLIENTS.length - 1]), WARMUP);
        List<LoadRun.Result> results = new ArrayList<>();
        for (int clients : CLIENTS) {
            LoadRun.Result result = LoadRun.run(document, clients, MEASURED);
            System.out.printf("%-14s %7d %9.1f %9.2f %9.2f%n", what, clients, result.documentsPerSecond(),
                    result.p50Millis(), result.p99Millis());
            result.errors().forEach((error, count) -> System.out.printf("    %d failed: %s%n", count, error));
            results.add(result);
        }
        return results;
    }

    private static void printRatio(PadesLevel level, LoadRun.Result http, LoadRun.Result floor) {
        System.out.printf("%s, ratio at %d client(s): /signed docs/s ÷ floor docs/s = %.3f; "
                        + "p50 latency /signed ÷ floor = %.2f%n", level.name(), http.clients(),
                http.documentsPerSecond() / floor.documentsPerSecond(), http.p50Millis() / floor.p50Millis());
    }

    /** The mh that /signed renders from the same sample data, rendered once here. */
    private static byte[] renderedMh() {
        JsonObject data = Json.createReader(new StringReader(TemplateSamples.mh().toString())).readObject();
        return new PdfRenderer(Clock.systemUTC()).render(new BundledTemplates(new TemplatePackageReader()).load("mh"),
                DocumentRendering.withProfessional(data, "Dr Anne Muller", "90812100"));
    }

    /** Payara Micro on a taken port fails in its log only: say it here instead. */
    private static void refuseBusyPort() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(PORT));
        } catch (IOException taken) {
            throw new IllegalStateException("port " + PORT + " is taken; choose another with -Dbench.port=");
        }
    }

    private static Path log(PadesLevel level) {
        return HOME.resolve("econnector-" + level.name() + ".log");
    }
}
