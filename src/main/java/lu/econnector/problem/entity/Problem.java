package lu.econnector.problem.entity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import lu.econnector.platform.FieldError;
import lu.econnector.platform.Jsons;

/**
 * An RFC 9457 problem details object, with the members this API adds: {@code requestId}
 * always, {@code messageId} on a request that deposits on mySecu (the message id it used),
 * {@code upstream} for an upstream failure, {@code errors} for validation failures,
 * {@code codes} for an upstream's own error codes (mySecu's).
 *
 * @param type     a URI identifying the problem type; {@code about:blank} for a plain HTTP
 *                 status (RFC 9457 section 4.2.1)
 * @param instance the request path the problem occurred on
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      String requestId, String messageId, String upstream, List<FieldError> errors,
                      List<String> codes) {

    private static final JsonProvider JSON = Jsons.provider();

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String ABOUT_BLANK = "about:blank";

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        addIfPresent(json, "detail", detail);
        addIfPresent(json, "instance", instance);
        addIfPresent(json, "requestId", requestId);
        addIfPresent(json, "messageId", messageId);
        addIfPresent(json, "upstream", upstream);
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            errors.forEach(error -> array.add(JSON.createObjectBuilder()
                    .add("field", error.field())
                    .add("message", error.message())));
            json.add("errors", array);
        }
        if (codes != null && !codes.isEmpty()) {
            json.add("codes", JSON.createArrayBuilder(codes));
        }
        return json.build();
    }

    /** This problem, naming the mySecu message id of its request (none: null). */
    public Problem withMessageId(String id) {
        return new Problem(type, title, status, detail, instance, requestId, id, upstream, errors, codes);
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
