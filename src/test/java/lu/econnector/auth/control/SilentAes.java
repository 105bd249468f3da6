package lu.econnector.auth.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An AeS that is there but does not answer: on loopback (plain HTTP, which the configuration
 * allows towards loopback), the realm {@code /silent} accepts the discovery request and never
 * answers it; the realm {@code /keyless} serves its discovery document but never answers
 * the JWKS request. Counts the requests, so that a test sees how many fetches were tried.
 */
public final class SilentAes implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    public final AtomicInteger discoveryRequests = new AtomicInteger();
    public final AtomicInteger jwksRequests = new AtomicInteger();

    public SilentAes() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/silent/.well-known/openid-configuration", exchange -> {
            discoveryRequests.incrementAndGet();
            hang(exchange);
        });
        server.createContext("/keyless/.well-known/openid-configuration", exchange -> {
            discoveryRequests.incrementAndGet();
            byte[] body = ("{\"issuer\":\"" + realm("keyless") + "\",\"jwks_uri\":\"" + realm("keyless")
                    + "/certs\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/keyless/certs", exchange -> {
            jwksRequests.incrementAndGet();
            hang(exchange);
        });
        server.start();
    }

    public URI realm(String name) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + name);
    }

    private void hang(HttpExchange exchange) {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
