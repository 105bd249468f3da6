package lu.econnector.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A probe is bounded as a whole: an answer whose body dribbles in is no answer. */
class ReachabilityProbeTest {

    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    private HttpServer server;
    private URI trickling;
    private URI prompt;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 40);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    body.write('x');
                    body.flush();
                    Thread.sleep(100); // each byte well within any read timeout: 4 s in all
                }
            } catch (InterruptedException | IOException stopped) {
                // the probe gave up
            }
        });
        server.createContext("/prompt", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String base = "http://localhost:" + server.getAddress().getPort();
        trickling = URI.create(base + "/trickle");
        prompt = URI.create(base + "/prompt");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aTricklingBodyEndsTheProbeAtItsTimeout() {
        ReachabilityProbe probe = new ReachabilityProbe(HttpClient.newHttpClient(), PROBE_TIMEOUT);

        long start = System.nanoTime();
        ReachabilityProbe.Outcome outcome = probe.probe(trickling, true);

        assertThat(outcome.problem()).isEqualTo("no answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aPromptAnswerIsReachable() {
        ReachabilityProbe probe = new ReachabilityProbe(HttpClient.newHttpClient(), PROBE_TIMEOUT);

        assertThat(probe.probe(prompt, true).problem()).isNull();
    }
}
