package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.mysecu.Deposit;
import lu.econnector.template.control.TemplateSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server, no data grid, started as an operator starts it ({@code server-config/econnector.sh}),
 * killed with SIGKILL while keyed submissions are in flight, some of their deposits held at
 * mySecu; started again, every request replayed with its {@code Idempotency-Key}: each document
 * is on mySecu exactly once, and every receipt, answered before the crash or after, names what
 * mySecu holds. The instance's own memory of receipts dies with it: what makes the replay safe
 * is the message id, derived from the key, that mySecu de-duplicates.
 */
@ExtendWith(SandboxExtension.class)
class CrashReplayIT {

    private static final int HTTPS = 18486;
    private static final int CLIENTS = 8;
    private static final int KEYS_PER_CLIENT = 6;
    /** mySecu holds each deposit this long before answering, so that the kill finds some there. */
    private static final Duration HELD = Duration.ofMillis(1500);
    private static final Duration PATIENT = Duration.ofSeconds(60);

    @TempDir
    static Path work;

    private static SandboxServer sandbox;
    private static TestTokens tokens;
    private ServerProcess server;
    private final EconnectorClient client = new EconnectorClient(HTTPS, PATIENT);

    @BeforeAll
    static void sandbox() {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
    }

    @AfterEach
    void stop() throws Exception {
        sandbox.faults().clear();
        if (server != null) {
            server.close();
        }
    }

    private static ServerProcess start(String name) throws InterruptedException {
        Map<String, String> env = new HashMap<>(SandboxExtension.running().withoutLicence());
        env.put("ACCEPT_LICENSE", "true");
        env.put("SERVER_PORT", String.valueOf(HTTPS));
        env.put("ECONNECTOR_RUNTIME_DIR", work.resolve(name).toString());
        ServerProcess started = ServerProcess.launched(env, work.resolve(name + ".log"));
        started.awaitOutput(") ready in", Duration.ofSeconds(360));
        return started;
    }

    private HttpResponse<String> submit(String key, int number) {
        return client.send("POST", "econnector/api/v1/documents/mh/submissions",
                TemplateSamples.mh().put("invoiceNumber", "2026-2" + String.format("%05d", number)).toString(),
                "Authorization", "Bearer " + tokens.signed(tokens.of("dr.muller")), "Content-Type", "application/json",
                "Idempotency-Key", key);
    }

    @Test
    void killedMidDepositThenReplayedEachDocumentIsOnMySecuOnce() throws Exception {
        String run = "crash-" + System.nanoTime();
        List<String> keys = IntStream.range(0, CLIENTS * KEYS_PER_CLIENT).mapToObj(i -> run + "-" + i).toList();
        int depositsBefore = sandbox.mySecu().deposits().list().size();
        int exchangesBefore = sandbox.mySecu().exchangesReceived();

        server = start("first");
        sandbox.faults().inject("mysecu", "syncexchange", Fault.delay(HELD));
        Set<String> sent = ConcurrentHashMap.newKeySet();
        Map<String, HttpResponse<String>> answeredBeforeKill = new ConcurrentHashMap<>();
        ExecutorService vendors = Executors.newFixedThreadPool(CLIENTS);
        int exchangesAtKill;
        int inFlightAtKill;
        int sentAtKill;
        try {
            for (int c = 0; c < CLIENTS; c++) {
                List<String> own = keys.subList(c * KEYS_PER_CLIENT, (c + 1) * KEYS_PER_CLIENT);
                vendors.submit(() -> {
                    for (String key : own) {
                        sent.add(key);
                        answeredBeforeKill.put(key, submit(key, keys.indexOf(key))); // throws once the server is gone
                    }
                    return null;
                });
            }
            // Some receipts given, and several deposits at mySecu that the server has not seen answered.
            long giveUp = System.nanoTime() + PATIENT.toNanos();
            while (answeredBeforeKill.size() < CLIENTS
                    || sandbox.mySecu().exchangesReceived() - exchangesBefore < answeredBeforeKill.size() + CLIENTS / 2) {
                assertThat(System.nanoTime()).as("receipts and deposits held at mySecu in time").isLessThan(giveUp);
                Thread.sleep(10);
            }
            sentAtKill = sent.size();
            exchangesAtKill = sandbox.mySecu().exchangesReceived() - exchangesBefore;
            server.kill();
            inFlightAtKill = sentAtKill - answeredBeforeKill.size();
        } finally {
            vendors.shutdown();
            assertThat(vendors.awaitTermination(PATIENT.toSeconds(), TimeUnit.SECONDS)).as("the vendors' calls ended").isTrue();
        }
        sandbox.faults().clear();
        int answeredCount = answeredBeforeKill.size();
        for (Map.Entry<String, HttpResponse<String>> answer : answeredBeforeKill.entrySet()) {
            assertThat(answer.getValue().statusCode()).as(answer.getKey() + ": " + answer.getValue().body()).isEqualTo(201);
        }
        // The held deposits of the dead server reach mySecu while it restarts.
        server.close();
        server = start("second");
        int depositsBeforeReplay = sandbox.mySecu().deposits().list().size() - depositsBefore;

        Map<String, HttpResponse<String>> replayed = new TreeMap<>();
        ExecutorService replay = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String key : keys) {
                answers.add(replay.submit(() -> submit(key, keys.indexOf(key))));
            }
            for (int i = 0; i < keys.size(); i++) {
                replayed.put(keys.get(i), answers.get(i).get());
            }
        } finally {
            replay.shutdownNow();
        }
        Thread.sleep(HELD.toMillis()); // nothing may still be held; none should be

        Map<String, List<Deposit>> depositsByMessage = sandbox.mySecu().deposits().list().stream()
                .collect(Collectors.groupingBy(Deposit::messageId));
        int fresh = 0;
        int replays = 0;
        for (String key : keys) {
            HttpResponse<String> answer = replayed.get(key);
            assertThat(answer.statusCode()).as(key + " replayed: " + answer.body()).isIn(200, 201);
            JsonObject receipt = json(answer);
            List<Deposit> onMySecu = depositsByMessage.getOrDefault(receipt.getString("messageId"), List.of());
            assertThat(onMySecu).as(key + ": deposits of its message id").hasSize(1);
            Deposit deposit = onMySecu.get(0);
            assertThat(receipt.getString("mysecuReference")).as(key).isEqualTo(deposit.reference());
            assertThat(Instant.parse(receipt.getString("receivedAt"))).as(key).isEqualTo(deposit.receivedAt());
            if (answer.statusCode() == 201) {
                fresh++;
                assertThat(receipt.getString("sha256")).as(key).isEqualTo(deposit.sha256());
            } else {
                replays++;
                assertThat(receipt.getBoolean("replayed")).as(key).isTrue();
            }
            HttpResponse<String> beforeKill = answeredBeforeKill.get(key);
            if (beforeKill != null) {
                JsonObject first = json(beforeKill);
                assertThat(first.getString("messageId")).as(key).isEqualTo(receipt.getString("messageId"));
                assertThat(first.getString("sha256")).as(key + ": the receipt given before the crash").isEqualTo(deposit.sha256());
                assertThat(first.getString("mysecuReference")).as(key).isEqualTo(deposit.reference());
            }
        }
        Set<String> ours = keys.stream().map(key -> json(replayed.get(key)).getString("messageId")).collect(Collectors.toSet());
        List<Deposit> deposited = sandbox.mySecu().deposits().list();
        List<Deposit> added = deposited.subList(depositsBefore, deposited.size());
        long duplicates = added.stream().collect(Collectors.groupingBy(Deposit::messageId, Collectors.counting()))
                .values().stream().mapToLong(count -> count - 1).sum();
        assertThat(added).extracting(Deposit::messageId).as("only this run's documents were deposited")
                .allMatch(ours::contains);
        assertThat(duplicates).as("duplicates on mySecu").isZero();
        assertThat(added).as("one deposit per key").hasSize(keys.size());

        System.out.printf("CrashReplayIT: %d keys; before the kill %d sent, %d answered (201), %d in flight, "
                        + "%d deposits had reached mySecu; %d on mySecu when restarted; replay: %d answered 201, "
                        + "%d answered 200 (replayed); deposits after replay %d, duplicates %d%n",
                keys.size(), sentAtKill, answeredCount, inFlightAtKill, exchangesAtKill, depositsBeforeReplay,
                fresh, replays, added.size(), duplicates);
        assertThat(inFlightAtKill).as("requests in flight at the kill").isPositive();
        assertThat(exchangesAtKill).as("deposits at mySecu not answered to the vendor").isGreaterThan(answeredCount);
        assertThat(replays).as("replays answered from mySecu's first answer").isGreaterThanOrEqualTo(exchangesAtKill);
    }
}
