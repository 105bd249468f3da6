package lu.econnector.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulators keep HTTPS connections alive as a real upstream does, and a request that follows
 * another on the same connection is always served, also after an answer that went out before its
 * request's body was read (a refusal, an injected fault): every call answered well within its
 * timeout, and the calls share one connection per client.
 */
class KeptAliveConnectionTest {

    private static final String ANSWERS_FIRST = "/_test/answers-first";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final byte[] BODY = "x".repeat(300).getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path stores;

    private static SandboxServer sandbox;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0, stores);
        sandbox.route(ANSWERS_FIRST, exchange -> {
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            OutputStream out = exchange.getResponseBody();
            out.write(answer);
            out.flush();
            // The handler's thread is descheduled after its answer went out, as on a busy
            // machine: the client has the answer and sends its next request meanwhile.
            pause();
            out.close();
        });
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void sequentialCallsAreAllAnsweredOnOneConnection() throws Exception {
        HttpClient client = client();
        int before = sandbox.connectionsServed();

        for (int call = 0; call < 150; call++) {
            assertEquals(200, post(client).statusCode(), "call " + call);
        }

        assertEquals(1, sandbox.connectionsServed() - before);
    }

    @Test
    void concurrentClientsAreAllAnsweredEachOnItsConnections() throws Exception {
        HttpClient client = client();
        int clients = 8;
        int before = sandbox.connectionsServed();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> answered = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                answered.add(threads.submit(() -> {
                    int ok = 0;
                    for (int call = 0; call < 40; call++) {
                        ok += post(client).statusCode() == 200 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> one : answered) {
                assertEquals(40, one.get());
            }
        } finally {
            threads.shutdownNow();
        }

        int opened = sandbox.connectionsServed() - before;
        assertTrue(opened >= 1 && opened <= clients, opened + " connections for " + clients + " clients");
    }

    private static HttpResponse<String> post(HttpClient client) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.base() + ANSWERS_FIRST.substring(1)))
                        .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(sandbox.ca().clientContext()).connectTimeout(TIMEOUT).build();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
