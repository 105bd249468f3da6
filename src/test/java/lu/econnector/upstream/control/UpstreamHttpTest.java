package lu.econnector.upstream.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.upstream.control.UpstreamFailure.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upstream HTTP layer against a loopback server: answers as they come, bounds that hold. */
class UpstreamHttpTest {

    private static final Duration DEADLINE = Duration.ofSeconds(3);

    /** Certificates for the TLS servers of the trickle tests: made once, key generation is slow. */
    private static SandboxCa ca;

    private final AtomicInteger posts = new AtomicInteger();
    private final Set<Integer> ports = ConcurrentHashMap.newKeySet();
    private HttpServer server;
    private UpstreamHttp cut;

    @BeforeAll
    static void makeCertificates() throws GeneralSecurityException {
        ca = new SandboxCa(URI.create("http://127.0.0.1:9/"));
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> answer(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/down", exchange -> answer(exchange, 503, new byte[0]));
        server.createContext("/echo", exchange -> {
            posts.incrementAndGet();
            ports.add(exchange.getRemoteAddress().getPort());
            answer(exchange, 200, exchange.getRequestBody().readAllBytes());
        });
        server.createContext("/refused", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            answer(exchange, 401, "{\"error\":\"invalid_token\"}".getBytes(StandardCharsets.UTF_8));
        });
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
    void aPostIsSentOnceWithItsBodyAndCallsShareAKeptAliveConnection() {
        for (int i = 0; i < 5; i++) {
            UpstreamHttp.Answer answer = cut.exchange(call(1024), post("/echo", "{\"n\":" + i + "}"));

            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":" + i + "}");
        }

        assertThat(posts).hasValue(5);
        assertThat(ports).hasSize(1);
    }

    /** The JDK's blocking connection would answer a 401 with credentials: here it is the client's to read. */
    @Test
    void anUnauthorisedPostIsAnAnswer() {
        assertThat(cut.exchange(call(1024), post("/refused", "{}")).status()).isEqualTo(401);
        assertThat(cut.exchange(call(1024), get("/refused")).status()).isEqualTo(401);
    }

    /** The status line and headers a byte at a time over TLS, 9 s in all: the call ends at its deadline, not theirs. */
    @Test
    void headersTricklingPastTheDeadlineAreCutOffAtIt() throws Exception {
        assertSocketTrickleCutOffAtTheDeadline("");
    }

    /** The same with headers at once and a body of known length trickling. */
    @Test
    void aBodyOfKnownLengthTricklingPastTheDeadlineIsCutOffAtIt() throws Exception {
        assertSocketTrickleCutOffAtTheDeadline("HTTP/1.1 200 OK\r\nContent-Length: 64\r\n\r\n");
    }

    /** The same from the JDK's HTTPS server, as the sandbox's trickle fault sends it. */
    @Test
    void aBodyTricklingFromAnHttpsServerIsCutOffAtTheDeadline() throws Exception {
        com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(ca.serverContext()));
        https.createContext("/sign", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 64);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    body.write('x');
                    body.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException hungUp) {
                // the client gave up
            }
        });
        https.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        https.start();
        try {
            assertPostOverTlsCutOffAtTheDeadline(https.getAddress().getPort());
        } finally {
            https.stop(0);
        }
    }

    private void assertSocketTrickleCutOffAtTheDeadline(String sentAtOnce) throws Exception {
        try (ServerSocket trickler = ca.serverContext().getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread serving = new Thread(() -> trickle(trickler, sentAtOnce));
            serving.setDaemon(true);
            serving.start();
            assertPostOverTlsCutOffAtTheDeadline(trickler.getLocalPort());
        }
    }

    /** A POST to {@code https://localhost:port/sign} fails as a timeout, at its deadline. */
    private static void assertPostOverTlsCutOffAtTheDeadline(int port) throws Exception {
        UpstreamHttp overTls = new UpstreamHttp(HttpClient.newBuilder().sslContext(ca.clientContext()).build());
        URI location = URI.create("https://localhost:" + port + "/sign");
        long start = System.nanoTime();

        UpstreamFailure failure = catchThrowableOfType(UpstreamFailure.class, () -> overTls.exchange(call(1024),
                HttpRequest.newBuilder(location).POST(HttpRequest.BodyPublishers.ofString("{}"))));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plusMillis(900));
    }

    @Test
    void aDribblingAnswerIsCutOffAtTheDeadlineOfAnAsynchronousCall() {
        Throwable failure = catchThrowableOfType(java.util.concurrent.CompletionException.class,
                () -> cut.exchangeAsync(call(1024 * 1024), get("/dribble")).join()).getCause();

        assertThat(failure).isInstanceOf(UpstreamFailure.class)
                .hasMessage("The test upstream did not answer: no complete answer within 3000 ms");
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
     * JDK's asynchronous client handed every answer to it, and the delayed executor this layer
     * once used for deadlines did the same when each deadline passed, answered or not.
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

    /**
     * Answers the first request with {@code sentAtOnce}, then a byte every 150 ms: the status
     * line, headers and body when {@code sentAtOnce} is empty, else 64 bytes of body.
     */
    private static void trickle(ServerSocket trickler, String sentAtOnce) {
        String trickled = sentAtOnce.isEmpty() ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Pad: 0123456789\r\n\r\n{}"
                : "x".repeat(64);
        try (Socket socket = trickler.accept()) {
            socket.getInputStream().read(new byte[4096]);
            OutputStream out = socket.getOutputStream();
            out.write(sentAtOnce.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (byte b : trickled.getBytes(StandardCharsets.US_ASCII)) {
                out.write(b);
                out.flush();
                Thread.sleep(150);
            }
        } catch (IOException | InterruptedException hungUp) {
            // the client gave up: what the test wants
        }
    }

    private HttpRequest.Builder post(String path, String json) {
        return get(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
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
