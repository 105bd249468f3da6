package lu.econnector.template.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;

/**
 * The sample data of docs/templates/README.md for each baseline template ({@link TemplateSamples}), plus
 * the {@code professional} that a preview takes from the access token.
 */
final class SampleData {

    private SampleData() {
    }

    static JsonObject of(String id) {
        ObjectNode sample = switch (id) {
            case "mh" -> TemplateSamples.mh();
            case "pid" -> TemplateSamples.pid();
            case "ecit" -> TemplateSamples.ecit();
            default -> throw new IllegalArgumentException(id);
        };
        return DocumentPreview.withProfessional(parse(sample.toString()), "Dr Anne Muller", "90812100");
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
