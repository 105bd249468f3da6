package lu.econnector.pipeline.boundary;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import lu.econnector.pipeline.control.BatchSubmissions;
import lu.econnector.pipeline.control.InvalidBatchException;
import lu.econnector.pipeline.entity.BatchItem;
import lu.econnector.platform.FieldError;
import lu.econnector.platform.Jsons;

/**
 * Reads {@code {"items":[{"idempotencyKey":"…","data":{…}}, …]}}. Only the batch's shape is
 * judged here; each item's data goes to the pipeline as its JSON text, and is judged there as
 * a single submission's would be (a missing {@code data} is then that item's 422).
 */
final class BatchRequest {

    private static final JsonProvider JSON = Jsons.provider();

    private BatchRequest() {
    }

    /** @throws InvalidBatchException listing what is wrong with the shape */
    static List<BatchItem> items(String body) {
        JsonValue items = itemsOf(body);
        if (items.getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid("/items", "must be an array of 1 to " + BatchSubmissions.MAX_ITEMS + " items");
        }
        List<JsonValue> given = items.asJsonArray();
        if (given.isEmpty() || given.size() > BatchSubmissions.MAX_ITEMS) {
            throw invalid("/items", "must hold 1 to " + BatchSubmissions.MAX_ITEMS + " items, not " + given.size());
        }
        List<FieldError> errors = new ArrayList<>();
        List<BatchItem> read = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            JsonValue item = given.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError("/items/" + i, "must be an object"));
                continue;
            }
            JsonValue key = item.asJsonObject().getOrDefault("idempotencyKey", JsonValue.NULL);
            if (key != JsonValue.NULL && key.getValueType() != JsonValue.ValueType.STRING) {
                errors.add(new FieldError("/items/" + i + "/idempotencyKey", "must be a string"));
                continue;
            }
            read.add(new BatchItem(key == JsonValue.NULL ? null : ((JsonString) key).getString(),
                    String.valueOf(item.asJsonObject().get("data"))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBatchException(errors);
        }
        return read;
    }

    private static JsonValue itemsOf(String body) {
        JsonObject batch;
        try (var reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            batch = reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            // The parser's message may quote the body, which is medical data: not repeated.
            throw invalid("", "must be a JSON object");
        }
        return batch.getOrDefault("items", JsonValue.NULL);
    }

    private static InvalidBatchException invalid(String field, String message) {
        return new InvalidBatchException(List.of(new FieldError(field, message)));
    }
}
