package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the last request of an operation as it came off the wire, before fault injection or
 * the handler read it, and hands the handler the same bytes.
 */
final class RequestCapture extends Filter {

    private final AtomicReference<CapturedRequest> last = new AtomicReference<>();
    private final AtomicInteger received = new AtomicInteger();

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (exchange.getRequestMethod().equals("POST")) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, new ArrayList<>(values)));
            received.incrementAndGet();
            last.set(new CapturedRequest(Instant.now(), exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), headers, body));
            exchange.setStreams(new ByteArrayInputStream(body), null);
        }
        chain.doFilter(exchange);
    }

    Optional<CapturedRequest> last() {
        return Optional.ofNullable(last.get());
    }

    /** The requests received since the last {@link #clear()}, repeats and refused ones included. */
    int received() {
        return received.get();
    }

    void clear() {
        last.set(null);
        received.set(0);
    }

    @Override
    public String description() {
        return "keeps the last request";
    }
}
