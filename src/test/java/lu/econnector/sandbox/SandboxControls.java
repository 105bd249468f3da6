package lu.econnector.sandbox;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.ihub.IhubOffer;

/**
 * Test controls over HTTP, for tests that run in another process than the sandbox:
 * <ul>
 *   <li>{@code POST /_sandbox/faults} {@code {"upstream":"kms","operation":"sign-data",
 *       "latencyMs":0,"status":503,"malformed":false,"reset":false}} injects a fault
 *       ({@code operation} {@code *} for all of the upstream's);</li>
 *   <li>{@code DELETE /_sandbox/faults} clears them all;</li>
 *   <li>{@code POST /_sandbox/aes/rotate-key} gives AeS a new signing key;</li>
 *   <li>{@code POST /_sandbox/ihub/offers} {@code {"offers":["newer-mh","bad-checksum","zip-bomb",
 *       "missing-field"]}} sets the packages iHUB offers beside the bundled ones;
 *       {@code DELETE} restores the default (the newer {@code mh}).</li>
 * </ul>
 */
final class SandboxControls implements Simulator {

    private final SandboxServer sandbox;

    SandboxControls(SandboxServer sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public void register(SandboxServer server) {
        server.route("/_sandbox/faults", exchange -> {
            if (exchange.getRequestMethod().equals("DELETE")) {
                sandbox.faults().clear();
                Http.send(exchange, 204, "application/json", new byte[0]);
                return;
            }
            if (!Http.method(exchange, "POST")) {
                return;
            }
            JsonObject fault = Http.jsonBody(exchange);
            if (fault == null || !fault.containsKey("upstream")) {
                Http.error(exchange, 400, "invalid_request", "a JSON object with upstream and operation");
                return;
            }
            sandbox.faults().inject(fault.getString("upstream"), fault.getString("operation", "*"), new Fault(
                    Duration.ofMillis(fault.getInt("latencyMs", 0)), fault.getInt("status", 0),
                    fault.getBoolean("malformed", false), fault.getBoolean("reset", false)));
            Http.json(exchange, 200, fault);
        });
        server.route("/_sandbox/ihub/offers", exchange -> {
            if (exchange.getRequestMethod().equals("DELETE")) {
                sandbox.ihub().reset();
                Http.send(exchange, 204, "application/json", new byte[0]);
                return;
            }
            if (!Http.method(exchange, "POST")) {
                return;
            }
            JsonObject body = Http.jsonBody(exchange);
            try {
                Set<IhubOffer> offers = EnumSet.noneOf(IhubOffer.class);
                body.getJsonArray("offers").getValuesAs(JsonString.class)
                        .forEach(name -> offers.add(IhubOffer.ofControlName(name.getString())));
                sandbox.ihub().offer(offers);
                Http.json(exchange, 200, body);
            } catch (RuntimeException e) {
                Http.error(exchange, 400, "invalid_request", "{\"offers\":[…]} of newer-mh, bad-checksum, "
                        + "zip-bomb, missing-field");
            }
        });
        server.route("/_sandbox/aes/rotate-key", exchange -> {
            if (Http.method(exchange, "POST")) {
                Http.json(exchange, 200, Http.JSON.createObjectBuilder()
                        .add("kid", sandbox.aesKeys().rotate().getKeyID()).build());
            }
        });
    }
}
