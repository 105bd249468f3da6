package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.mysecu.Deposit;
import lu.econnector.template.control.TemplateSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas started as an operator starts them ({@code server-config/econnector.sh}) with
 * {@code ECONNECTOR_CLUSTER=true}, forming one data grid over TCP/IP on loopback: a submission
 * with an {@code Idempotency-Key} is one submission whichever replica gets its repeats, and a
 * replica killed mid-stream, or during a batch, loses nothing.
 */
@ExtendWith(SandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataGridIT {

    private static final int HTTPS_A = 18456;
    private static final int HTTPS_B = 18466;
    private static final String MEMBERS = "127.0.0.1:18457,127.0.0.1:18467";
    /** Past the 60 s after which a hanging replica's claim is taken over. */
    private static final Duration PATIENT = Duration.ofSeconds(120);

    @TempDir
    static Path work;

    private static SandboxServer sandbox;
    private static TestTokens tokens;
    private static ServerProcess a;
    private static ServerProcess b;
    private static String cluster;
    private final EconnectorClient onA = new EconnectorClient(HTTPS_A, PATIENT);
    private final EconnectorClient onB = new EconnectorClient(HTTPS_B, PATIENT);

    @BeforeAll
    static void twoReplicasInOneGrid() throws Exception {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
        cluster = "econnector-it-" + ProcessHandle.current().pid();
        long start = System.nanoTime();
        // One after the other: the second joins the first's grid as it boots, rather than two
        // grids of one booting side by side and merging minutes later.
        a = replica("a", HTTPS_A, 18457, cluster);
        a.awaitOutput(") ready in", Duration.ofSeconds(360));
        b = replica("b", HTTPS_B, 18467, cluster);
        b.awaitOutput(") ready in", Duration.ofSeconds(360));
        b.awaitOutput("Members {size:2", Duration.ofSeconds(60));
        System.out.printf("DataGridIT: two replicas ready in one grid after %d s%n",
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    private static ServerProcess replica(String name, int httpsPort, int gridPort, String cluster) {
        // A replica's runtime folder and log are its own: a restarted one gets new ones.
        Map<String, String> env = new HashMap<>(SandboxExtension.running().withoutLicence());
        env.put("ACCEPT_LICENSE", "true");
        env.put("SERVER_PORT", String.valueOf(httpsPort));
        env.put("JAVA_OPTS", "-Xmx320m");
        env.put("ECONNECTOR_RUNTIME_DIR", work.resolve(name).toString());
        env.put("ECONNECTOR_CLUSTER", "true");
        env.put("ECONNECTOR_CLUSTER_MEMBERS", MEMBERS);
        env.put("ECONNECTOR_CLUSTER_PORT", String.valueOf(gridPort));
        env.put("ECONNECTOR_CLUSTER_NAME", cluster);
        return ServerProcess.launched(env, work.resolve(name + ".log"));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (ServerProcess replica : new ServerProcess[] {a, b}) {
            if (replica != null) {
                replica.close();
            }
        }
    }

    private static HttpResponse<String> submit(EconnectorClient replica, String key) {
        return replica.send("POST", "econnector/api/v1/documents/mh/submissions", TemplateSamples.mh().toString(),
                "Authorization", "Bearer " + tokens.signed(tokens.of("dr.muller")), "Content-Type", "application/json",
                "Idempotency-Key", key);
    }

    private static List<Deposit> depositsOf(HttpResponse<String> answer) {
        String messageId = json(answer).getString("messageId");
        return sandbox.mySecu().deposits().list().stream().filter(d -> d.messageId().equals(messageId)).toList();
    }

    @Test
    @Order(1)
    void aRepeatOnTheOtherReplicaGetsTheFirstReceiptByteForByte() {
        String key = "grid-replay-" + System.nanoTime();

        HttpResponse<String> first = submit(onA, key);
        HttpResponse<String> repeat = submit(onB, key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("X-Message-Id")).isEqualTo(first.headers().firstValue("X-Message-Id"));
        assertThat(depositsOf(first)).hasSize(1);
        assertThat(sandbox.mySecu().exchangesReceived()).as("syncexchange calls").isEqualTo(1);
    }

    @Test
    @Order(2)
    void concurrentRepeatsSplitAcrossBothReplicasDepositOnce() throws Exception {
        String key = "grid-concurrent-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> repeats = IntStream.range(0, 8)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> submit(i % 2 == 0 ? onA : onB, key)).toList();
            List<Future<HttpResponse<String>>> answers = pool.invokeAll(repeats);

            String first = answers.get(0).get().body();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
                assertThat(answer.get().body()).isEqualTo(first);
            }
            assertThat(depositsOf(answers.get(0).get())).hasSize(1);
            assertThat(sandbox.mySecu().exchangesReceived()).as("syncexchange calls").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A stream of submissions on A, A killed with SIGKILL while mySecu holds one of its deposits,
     * then every key retried on B: each is deposited exactly once, and what A had answered, B
     * answers alike. The held deposit reaches mySecu after B's retry of it: mySecu's answer to
     * its message id is B's, and it adds nothing.
     */
    @Test
    @Order(3)
    void aReplicaKilledMidStreamLosesNothing() throws Exception {
        List<String> keys = IntStream.range(0, 8).mapToObj(i -> "grid-kill-" + i + "-" + System.nanoTime()).toList();
        Duration held = Duration.ofSeconds(2);
        sandbox.faults().inject("mysecu", "syncexchange", Fault.delay(held));
        Map<String, String> answeredByA = new ConcurrentHashMap<>();
        ExecutorService stream = Executors.newSingleThreadExecutor();
        try {
            stream.submit(() -> {
                for (String key : keys) {
                    answeredByA.put(key, submit(onA, key).body());
                }
                return null;
            });
            // Three answered, the fourth deposit arrived at mySecu and held there.
            while (answeredByA.size() < 3 || sandbox.mySecu().exchangesReceived() < 4) {
                Thread.sleep(20);
            }
            a.kill();
            sandbox.faults().clear();
        } finally {
            stream.shutdownNow();
        }
        assertThat(answeredByA).containsOnlyKeys(keys.subList(0, 3));

        List<String> retried = new ArrayList<>();
        for (String key : keys) {
            long start = System.nanoTime();
            HttpResponse<String> onRetry = submit(onB, key);
            retried.add(key + " " + onRetry.statusCode() + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis()
                    + " ms");
            assertThat(onRetry.statusCode()).as(key + ": " + onRetry.body()).isIn(200, 201);
            assertThat(depositsOf(onRetry)).as(key).hasSize(1);
            if (answeredByA.containsKey(key)) {
                assertThat(onRetry.body()).as(key).isEqualTo(answeredByA.get(key));
            }
        }
        System.out.println("DataGridIT: retried on B: " + retried);
        b.output().lines().filter(line -> line.contains("Members {size") || line.contains("Instance Removed"))
                .forEach(line -> System.out.println("DataGridIT: B: " + line));

        Thread.sleep(held.plusSeconds(1).toMillis()); // until A's held deposit has reached mySecu
        assertThat(sandbox.mySecu().deposits().list()).hasSize(keys.size());
        assertThat(sandbox.mySecu().exchangesReceived()).as("A's 4, B's 5").isEqualTo(9);
    }

    /**
     * A batch of keyed items on A, A killed with SIGKILL while some of them are deposited and
     * others held at mySecu or not begun, so that the vendor gets no answer at all: the same batch
     * sent to B answers every item with a receipt, and each item's document is on mySecu exactly
     * once, the same PDF the receipt names.
     */
    @Test
    @Order(4)
    void aReplicaKilledDuringABatchLosesNothing() throws Exception {
        // The stream's test killed A: a new A joins B's grid, as a restarted pod would.
        a = replica("a-again", HTTPS_A, 18457, cluster);
        a.awaitOutput(") ready in", Duration.ofSeconds(360));
        a.awaitOutput("Members {size:2", Duration.ofSeconds(60));
        String run = "grid-batch-" + System.nanoTime();
        int size = 10;
        List<String> items = IntStream.range(0, size).mapToObj(i -> "{\"idempotencyKey\":\"" + run + "-" + i
                + "\",\"data\":" + TemplateSamples.mh().put("invoiceNumber", "2026-1" + String.format("%05d", i))
                + "}").toList();
        String batch = "{\"items\":[" + String.join(",", items) + "]}";
        int exchangesBefore = sandbox.mySecu().exchangesReceived();
        int depositsBefore = sandbox.mySecu().deposits().list().size();
        Duration held = Duration.ofSeconds(2);
        sandbox.faults().inject("mysecu", "syncexchange", Fault.delay(held));
        ExecutorService vendor = Executors.newSingleThreadExecutor();
        Future<HttpResponse<String>> onA = vendor.submit(() -> submitBatch(this.onA, batch));
        try {
            // Some items at mySecu, the rest of the batch still to come.
            long giveUp = System.nanoTime() + PATIENT.toNanos();
            while (sandbox.mySecu().exchangesReceived() < exchangesBefore + 3) {
                if (onA.isDone()) {
                    throw new AssertionError("A answered the batch before it could be killed: " + onA.get().statusCode()
                            + " " + onA.get().body());
                }
                assertThat(System.nanoTime()).as("3 deposits of the batch at mySecu in time").isLessThan(giveUp);
                Thread.sleep(20);
            }
            a.kill();
            sandbox.faults().clear();
            assertThat(onA).as("A died before answering the batch").failsWithin(PATIENT);
        } finally {
            vendor.shutdownNow();
        }
        int sentByA = sandbox.mySecu().exchangesReceived() - exchangesBefore;

        long start = System.nanoTime();
        HttpResponse<String> onB = submitBatch(this.onB, batch);
        System.out.printf("DataGridIT: batch of %d, A killed after %d deposits reached mySecu; B answered %d in %d ms%n",
                size, sentByA, onB.statusCode(), Duration.ofNanos(System.nanoTime() - start).toMillis());

        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        List<jakarta.json.JsonObject> outcomes = json(onB).getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class);
        assertThat(outcomes).hasSize(size);
        Thread.sleep(held.plusSeconds(1).toMillis()); // until A's held deposits have reached mySecu
        for (int i = 0; i < size; i++) {
            jakarta.json.JsonObject outcome = outcomes.get(i);
            assertThat(outcome.getString("idempotencyKey")).isEqualTo(run + "-" + i);
            assertThat(outcome.getInt("status")).as(outcome.toString()).isIn(200, 201);
            jakarta.json.JsonObject receipt = outcome.getJsonObject("receipt");
            String messageId = receipt.getString("messageId");
            List<Deposit> deposits = sandbox.mySecu().deposits().list().stream()
                    .filter(d -> d.messageId().equals(messageId)).toList();
            assertThat(deposits).as("item " + i).hasSize(1);
            assertThat(deposits.get(0).sha256()).as("item " + i).isEqualTo(receipt.getString("sha256"));
        }
        assertThat(sandbox.mySecu().deposits().list()).hasSize(depositsBefore + size);
    }

    private static HttpResponse<String> submitBatch(EconnectorClient replica, String batch) {
        return replica.send("POST", "econnector/api/v1/documents/mh/batch-submissions", batch,
                "Authorization", "Bearer " + tokens.signed(tokens.of("dr.muller")), "Content-Type", "application/json");
    }
}
