package lu.econnector.sandbox.kms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import lu.econnector.sandbox.Http;

/**
 * {@code POST /_sandbox/kms/misbehaviour {"mode":"wrong-key"}} sets a {@link KmsMisbehaviour}
 * (400 naming the modes for any other), {@code DELETE} clears it: for tests that run in
 * another process than the sandbox.
 */
final class MisbehaviourControl implements HttpHandler {

    private final KmsSimulator kms;

    MisbehaviourControl(KmsSimulator kms) {
        this.kms = kms;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("DELETE")) {
            kms.clear();
            Http.send(exchange, 204, "application/json", new byte[0]);
            return;
        }
        if (!Http.method(exchange, "POST")) {
            return;
        }
        JsonObject body = Http.jsonBody(exchange);
        Optional<KmsMisbehaviour> mode = Optional.ofNullable(body).map(json -> json.getString("mode", ""))
                .flatMap(KmsMisbehaviour::ofMode);
        if (mode.isEmpty()) {
            Http.error(exchange, 400, "invalid_request", "a JSON object with mode, one of "
                    + Arrays.stream(KmsMisbehaviour.values()).map(KmsMisbehaviour::mode).toList());
            return;
        }
        kms.misbehave(mode.get());
        Http.json(exchange, 200, Http.JSON.createObjectBuilder().add("mode", mode.get().mode()).build());
    }
}
