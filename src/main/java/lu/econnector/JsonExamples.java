package lu.econnector;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.econnector.platform.Jsons;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * {@code @ExampleObject(value = "{...}")} reaches the document as a string, which validates
 * against no object schema: a JSON example of a JSON media type becomes the JSON it spells.
 */
final class JsonExamples {

    private static final JsonProvider JSON = Jsons.provider();

    private JsonExamples() {
    }

    static void parse(MediaType media) {
        if (media.getExamples() == null) {
            return;
        }
        media.getExamples().values().forEach(example -> {
            if (example.getValue() instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
                example.setValue(parse(text));
            }
        });
    }

    private static Object parse(String text) {
        try (var reader = JSON.createReader(new StringReader(text))) {
            return java(reader.readValue());
        } catch (JsonParsingException e) {
            throw new IllegalStateException("an example in the contract is not JSON: " + e.getMessage(), e);
        }
    }

    private static Object java(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> members.put(name, java(member)));
                yield members;
            }
            case ARRAY -> value.asJsonArray().stream().map(JsonExamples::java).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }
}
