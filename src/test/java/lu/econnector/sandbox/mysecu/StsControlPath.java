package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import lu.econnector.sandbox.Http;

/**
 * {@link StsControl} over HTTP, for tests that run in another process than the sandbox, at
 * {@value MySecuSimulator#STS_CONTROL_PATH}: {@code GET} gives
 * {@code {"issueRequests":1,"mode":"xxe","lifetimeSeconds":3600}} ({@code mode} absent when
 * the STS behaves); {@code POST {"mode":"xxe"}} and/or {@code {"lifetimeSeconds":5}} set them
 * (400 naming the modes for an unknown one); {@code DELETE} clears all, the count included.
 */
final class StsControlPath implements HttpHandler {

    private final StsControl sts;

    StsControlPath(StsControl sts) {
        this.sts = sts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "DELETE" -> {
                sts.clear();
                Http.send(exchange, 204, "application/json", new byte[0]);
            }
            case "POST" -> set(exchange, Http.jsonBody(exchange));
            default -> {
                if (Http.method(exchange, "GET")) {
                    Http.json(exchange, 200, state());
                }
            }
        }
    }

    private void set(HttpExchange exchange, JsonObject body) throws IOException {
        Optional<StsMisbehaviour> mode = Optional.ofNullable(body).filter(json -> json.containsKey("mode"))
                .map(json -> json.getString("mode", "")).flatMap(StsMisbehaviour::ofMode);
        boolean modeAsked = body != null && body.containsKey("mode");
        int lifetimeSeconds = body == null ? 0 : body.getInt("lifetimeSeconds", 0);
        if (body == null || (modeAsked && mode.isEmpty()) || lifetimeSeconds < 0
                || (!modeAsked && lifetimeSeconds == 0)) {
            Http.error(exchange, 400, "invalid_request", "a JSON object with mode, one of "
                    + Arrays.stream(StsMisbehaviour.values()).map(StsMisbehaviour::mode).toList()
                    + ", and/or lifetimeSeconds > 0");
            return;
        }
        mode.ifPresent(sts::misbehave);
        if (lifetimeSeconds > 0) {
            sts.assertionLifetime(Duration.ofSeconds(lifetimeSeconds));
        }
        Http.json(exchange, 200, state());
    }

    private JsonObject state() {
        JsonObjectBuilder state = Http.JSON.createObjectBuilder().add("issueRequests", sts.issueRequests())
                .add("lifetimeSeconds", sts.assertionLifetime().toSeconds());
        sts.misbehaviour().ifPresent(m -> state.add("mode", m.mode()));
        return state.build();
    }
}
