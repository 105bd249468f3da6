package lu.econnector.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Answers every request with {@code Connection: close}. The JDK's HTTPS server sometimes
 * leaves a request that arrives on a kept-alive TLS connection unread until the client
 * times out (seen once in CI: a 10 s timeout on a KMS call); a connection per request costs
 * a TLS handshake on loopback and removes the case.
 */
final class OneRequestPerConnection extends Filter {

    static final Filter FILTER = new OneRequestPerConnection();

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "one request per connection";
    }
}
