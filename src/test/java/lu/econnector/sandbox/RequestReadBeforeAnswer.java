package lu.econnector.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads each request's body to its end before any handler answers, so that connections can be
 * kept alive. The JDK's HTTPS server reads the socket through an SSLEngine that keeps, in a buffer
 * of its own, the TLS records it read but has not decrypted yet. When a handler answers before it
 * has read the whole body, the server reads the rest of the body after the answer went out; a
 * client on a kept-alive connection may already have sent its next request, whose records then
 * land in that buffer with the body's last record. The server only looks at decrypted bytes when
 * it decides whether the connection has more to serve, finds none and waits for the socket, which
 * has nothing more to say: the next request stays unread until the client gives up. Bodies read
 * before the answer leave nothing to read after it.
 *
 * <p>It also counts the connections that carried requests, to show that they are reused.
 */
final class RequestReadBeforeAnswer extends Filter {

    private final Set<InetSocketAddress> connections = ConcurrentHashMap.newKeySet();

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        connections.add(exchange.getRemoteAddress());
        byte[] body = exchange.getRequestBody().readAllBytes();
        exchange.setStreams(new ByteArrayInputStream(body), null);
        chain.doFilter(exchange);
    }

    /** How many client connections carried at least one request since the server started. */
    int connections() {
        return connections.size();
    }

    @Override
    public String description() {
        return "request body read before the answer";
    }
}
