package lu.econnector.upstream.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import lu.econnector.upstream.control.UpstreamFailure.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upstream HTTP layer against a loopback server: answers as they come, bounds that hold. */
class UpstreamHttpTest {

    private static final Duration DEADLINE = Duration.ofSeconds(3);

    private HttpServer server;
    private UpstreamHttp cut;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/down", exchange -> answer(exchange, 503, new byte[0]));
        server.createContext("/huge", exchange -> answer(exchange, 200, new byte[64 * 1024]));
        server.createContext("/dribble", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 30; i++) { // 9 s in all, far past the deadline
                    body.write('x');
                    body.flush();
                    Thread.sleep(300);
                }
            } catch (InterruptedException | IOException cancelled) {
                // the client hung up: what the test wants
            }
        });
        server.start();
        cut = new UpstreamHttp(HttpClient.newHttpClient());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anErrorStatusIsAnAnswerForTheClientToRead() {
        assertThat(cut.exchange(call(1024), get("/down")).status()).isEqualTo(503);
        assertThat(new String(cut.exchange(call(1024), get("/ok")).body(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    @Test
    void anAnswerOverItsBoundIsABadAnswer() {
        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class, () -> cut.exchange(call(1024), get("/huge")));

        assertThat(failure.kind()).isEqualTo(Kind.BAD_ANSWER);
        assertThat(failure.getMessage()).isEqualTo("The test upstream gave a bad answer: the answer exceeds 1024 bytes");
    }

    @Test
    void aDribblingAnswerIsCutOffAtTheDeadlineOfTheWholeCall() {
        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.exchange(call(1024 * 1024), get("/dribble")));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.getMessage()).isEqualTo("The test upstream did not answer: no complete answer within 3000 ms");
    }

    /**
     * A call answered in time starts no thread, neither for its answer nor at its deadline. On
     * one or two processors CompletableFuture's default executor starts a thread per task: the
     * JDK client hands every sendAsync answer to it (the launch script, and this test's JVM,
     * give the common pool two threads so that it does not), and the delayed executor this
     * layer once used for deadlines did the same when each deadline passed, answered or not.
     */
    @Test
    void callsAnsweredInTimeStartNoThreadAtTheirDeadlines() throws InterruptedException {
        cut.exchange(call(1024), get("/ok")); // the client's own threads, started once
        UpstreamHttp.Call quick = new UpstreamHttp.Call("test", "The test upstream", 1024, Duration.ofMillis(250));
        long threadsBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();

        for (int i = 0; i < 50; i++) {
            assertThat(cut.exchange(quick, get("/ok")).status()).isEqualTo(200);
        }
        Thread.sleep(500); // every deadline passed
        Thread.getAllStackTraces().keySet().forEach(t -> System.err.println("THREAD " + t.getName()));

        assertThat(ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threadsBefore).isLessThan(10);
    }

    @Test
    void aRefusedConnectionMakesTheUpstreamUnavailable() {
        URI closed = URI.create("http://127.0.0.1:9/");

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class,
                () -> cut.exchange(call(1024), HttpRequest.newBuilder(closed)));

        assertThat(failure.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(failure.upstream()).isEqualTo("test");
    }

    private static UpstreamHttp.Call call(long maxBytes) {
        return new UpstreamHttp.Call("test", "The test upstream", maxBytes, DEADLINE);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
            throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
