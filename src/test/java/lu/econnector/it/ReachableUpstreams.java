package lu.econnector.it;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * HTTPS on the sandbox's upstream port that answers every path, except those under a
 * prefix switched to failing: just enough for the reachability probes of the status and
 * readiness checks. The protocol simulators of the sandbox replace it.
 */
final class ReachableUpstreams implements AutoCloseable {

    static final int PORT = 9443;

    private final HttpsServer server;
    private final Set<String> failingPrefixes = ConcurrentHashMap.newKeySet();

    ReachableUpstreams(SandboxPki pki) throws Exception {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(SandboxPki.serverWith(pki.upstreamTlsKeystore())));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean failing = failingPrefixes.stream().anyMatch(path::startsWith);
            byte[] body = (failing ? "{\"error\":\"unavailable\"}" : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(failing ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    void fail(String pathPrefix) {
        failingPrefixes.add(pathPrefix);
    }

    void recover() {
        failingPrefixes.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
