package lu.econnector.sandbox.fault;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Applies the active fault of one simulated operation before its handler runs. */
public final class FaultFilter extends Filter {

    /** What a SOAP operation answers with an injected error status: a SOAP 1.1 server fault. */
    static final String SOAP_FAULT = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soap:Body><soap:Fault><faultcode>soap:Server</faultcode>"
            + "<faultstring>fault injected by the sandbox</faultstring></soap:Fault></soap:Body></soap:Envelope>";

    private final Faults faults;
    private final String upstream;
    private final String operation;
    private final String malformedType;
    private final String malformedBody;

    /**
     * @param malformedType the content type that the operation normally answers with, so
     *                      that a malformed answer looks like a real one until parsed
     */
    public FaultFilter(Faults faults, String upstream, String operation, String malformedType, String malformedBody) {
        this.faults = faults;
        this.upstream = upstream;
        this.operation = operation;
        this.malformedType = malformedType;
        this.malformedBody = malformedBody;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Fault fault = faults.active(upstream, operation).orElse(null);
        if (fault == null) {
            chain.doFilter(exchange);
            return;
        }
        sleep(fault);
        if (fault.reset()) {
            exchange.getRequestBody().readAllBytes();
            exchange.close(); // no status line: the client sees the connection end
        } else if (fault.status() > 0 && malformedType.startsWith("text/xml")) {
            respond(exchange, fault.status(), malformedType, SOAP_FAULT);
        } else if (fault.status() > 0) {
            respond(exchange, fault.status(), "application/json",
                    "{\"error\":\"injected\",\"message\":\"fault injected by the sandbox\"}");
        } else if (fault.malformed()) {
            respond(exchange, 200, malformedType, malformedBody);
        } else if (!fault.trickle().isZero() && !fault.trickle().isNegative()) {
            exchange.setStreams(null, new TricklingBody(exchange.getResponseBody(), fault.trickle()));
            chain.doFilter(exchange);
        } else {
            chain.doFilter(exchange);
        }
    }

    private static void sleep(Fault fault) throws IOException {
        try {
            Thread.sleep(fault.latency().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public String description() {
        return "fault injection for " + upstream + "/" + operation;
    }
}
