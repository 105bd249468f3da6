package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import lu.econnector.sandbox.Http;

/**
 * syncexchange's test controls over HTTP, for tests in another process than the sandbox:
 * <ul>
 *   <li>{@code POST /_sandbox/mysecu/misbehaviour {"mode":"xxe"}} sets a
 *       {@link SyncExchangeMisbehaviour} (400 naming the modes for any other); the answer
 *       names the XXE marker; {@code DELETE} clears it;</li>
 *   <li>{@code GET /_sandbox/mysecu/last-exchange} is the last request as received
 *       ({@link CapturedRequest#toJson()}; 404 before the first), {@code DELETE} forgets it.</li>
 * </ul>
 */
final class SyncExchangeControls {

    private final MySecuSimulator mySecu;

    SyncExchangeControls(MySecuSimulator mySecu) {
        this.mySecu = mySecu;
    }

    void misbehaviour(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("DELETE")) {
            mySecu.behave();
            Http.send(exchange, 204, "application/json", new byte[0]);
            return;
        }
        if (!Http.method(exchange, "POST")) {
            return;
        }
        JsonObject body = Http.jsonBody(exchange);
        Optional<SyncExchangeMisbehaviour> mode = Optional.ofNullable(body).map(json -> json.getString("mode", ""))
                .flatMap(SyncExchangeMisbehaviour::ofMode);
        if (mode.isEmpty()) {
            Http.error(exchange, 400, "invalid_request", "a JSON object with mode, one of "
                    + Arrays.stream(SyncExchangeMisbehaviour.values()).map(SyncExchangeMisbehaviour::mode).toList());
            return;
        }
        mySecu.misbehave(mode.get());
        JsonObjectBuilder answer = Http.JSON.createObjectBuilder().add("mode", mode.get().mode());
        if (mode.get() == SyncExchangeMisbehaviour.XXE) {
            answer.add("marker", mySecu.xxeMarker());
        }
        Http.json(exchange, 200, answer.build());
    }

    void lastExchange(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("DELETE")) {
            mySecu.forgetLastExchange();
            Http.send(exchange, 204, "application/json", new byte[0]);
        } else if (Http.method(exchange, "GET")) {
            Optional<CapturedRequest> last = mySecu.lastExchange();
            if (last.isPresent()) {
                Http.json(exchange, 200, last.get().toJson());
            } else {
                Http.error(exchange, 404, "not_found", "syncexchange has received no request yet");
            }
        }
    }
}
