package lu.econnector.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import lu.econnector.template.control.TemplateSamples;

/**
 * The document endpoints the load drives, each with the {@code mh} sample data, what a
 * delivered answer is, and the in-process floor it is compared with.
 */
enum LoadEndpoint {

    PREVIEW("preview", Floor.RENDER),
    SIGNED("signed", Floor.RENDER_AND_SIGN),
    /** Each request with a new Idempotency-Key: a new deposit, not a replay. */
    SUBMISSIONS("submissions", Floor.RENDER_AND_SIGN),
    /** {@code bench.batchItems} items per request, each with its own key; counts the items answered 201. */
    BATCH("batch-submissions", Floor.RENDER_AND_SIGN);

    /** What the server's work is compared with. */
    enum Floor { RENDER, RENDER_AND_SIGN }

    private static final String DOCUMENTS = "econnector/api/v1/documents/mh/";
    /** Unique per run, so that a server used by an earlier run never replays an answer. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicLong KEYS = new AtomicLong();

    private final String resource;
    private final Floor floor;

    LoadEndpoint(String resource, Floor floor) {
        this.resource = resource;
        this.floor = floor;
    }

    String path() {
        return DOCUMENTS + resource;
    }

    String label() {
        return resource;
    }

    Floor floor() {
        return floor;
    }

    static LoadEndpoint named(String name) {
        for (LoadEndpoint endpoint : values()) {
            if (endpoint.resource.equals(name) || endpoint.name().equalsIgnoreCase(name)) {
                return endpoint;
            }
        }
        throw new IllegalArgumentException("bench.endpoints: no endpoint " + name);
    }

    /** One request per call, timed from sending to the answer's last byte. */
    Callable<Outcome> requests(EconnectorClient client, int batchItems) {
        String data = TemplateSamples.mh().toString();
        return () -> {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = send(client, data, batchItems);
            return judge(answer, System.nanoTime() - start);
        };
    }

    HttpResponse<byte[]> send(EconnectorClient client, String data, int batchItems) throws Exception {
        return switch (this) {
            case PREVIEW, SIGNED -> client.post(path(), data, Map.of());
            case SUBMISSIONS -> client.post(path(), data, Map.of("Idempotency-Key", nextKey()));
            case BATCH -> client.post(path(), batch(data, batchItems), Map.of());
        };
    }

    /** A delivered answer, or a failure named by its status and problem type. */
    Outcome judge(HttpResponse<byte[]> answer, long nanos) {
        byte[] body = answer.body();
        return switch (this) {
            case PREVIEW, SIGNED -> answer.statusCode() == 200 && isPdf(body)
                    ? Outcome.ok(nanos) : Outcome.failed(nanos, failure(answer));
            case SUBMISSIONS -> answer.statusCode() == 201 && json(body).containsKey("messageId")
                    ? Outcome.ok(nanos) : Outcome.failed(nanos, failure(answer));
            case BATCH -> answer.statusCode() == 200 ? batchOutcome(json(body), nanos) : Outcome.failed(nanos, failure(answer));
        };
    }

    /** A batch counts its items with a receipt; one that has an item without is a failed request. */
    private static Outcome batchOutcome(JsonObject answer, long nanos) {
        int received = 0;
        StringBuilder refused = new StringBuilder();
        for (JsonValue item : answer.getJsonArray("items")) {
            JsonObject it = item.asJsonObject();
            if (it.getInt("status", 0) == 201 && it.containsKey("receipt")) {
                received++;
            } else {
                refused.append(' ').append(it.getInt("status", 0));
            }
        }
        return refused.isEmpty() ? Outcome.ok(nanos, received)
                : Outcome.failed(nanos, "batch items without a receipt, statuses:" + refused);
    }

    private static String batch(String data, int items) {
        JsonObject sample = json(data.getBytes(StandardCharsets.UTF_8));
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < items; i++) {
            array.add(Json.createObjectBuilder().add("idempotencyKey", nextKey()).add("data", sample));
        }
        return Json.createObjectBuilder().add("items", array).build().toString();
    }

    private static String nextKey() {
        return "load-" + RUN + "-" + KEYS.incrementAndGet();
    }

    private static boolean isPdf(byte[] body) {
        return body.length > 5 && new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    private static JsonObject json(byte[] body) {
        try {
            return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        } catch (RuntimeException notJson) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** Status, problem type and title only: a problem's detail may quote the document's data. */
    static String failure(HttpResponse<byte[]> answer) {
        JsonObject problem = json(answer.body());
        String type = problem.getString("type", "");
        String title = problem.getString("title", "");
        return answer.statusCode() + (type.isEmpty() ? "" : " " + type) + (title.isEmpty() ? "" : " (" + title + ")");
    }
}
