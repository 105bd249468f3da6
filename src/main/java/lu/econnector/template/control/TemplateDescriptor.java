package lu.econnector.template.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import lu.econnector.platform.Jsons;
import lu.econnector.template.entity.FieldBinding;
import lu.econnector.template.entity.FieldFormat;
import lu.econnector.template.entity.FieldMapping;
import lu.econnector.template.entity.RowGroup;
import lu.econnector.template.entity.SemanticVersion;
import lu.econnector.template.entity.Title;

/**
 * {@code template.json}: id, version, titles, the data's JSON Schema under {@code schema}, and
 * under {@code fields} the mapping, whose items are either a single binding
 * {@code {"data": "/patient/lastName", "field": "patient.lastName", "format": "text"}} or a
 * row group {@code {"rows": "/acts", "maxRows": 20, "columns": [{"data": "/amount",
 * "field": "act.{row}.amount"}]}}, row {@code n} of the form taking array element {@code n-1}.
 */
record TemplateDescriptor(String id, SemanticVersion version, Title title, JsonObject schema, FieldMapping mapping) {

    private static final JsonProvider JSON = Jsons.provider();

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    static TemplateDescriptor parse(byte[] json) {
        try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(json))) {
            JsonObject d = reader.readObject();
            String id = d.getString("id");
            if (!ID.matcher(id).matches()) {
                throw new InvalidTemplatePackageException("template id is not [a-z][a-z0-9-]{0,31}");
            }
            JsonObject title = d.getJsonObject("title");
            return new TemplateDescriptor(id, SemanticVersion.parse(d.getString("version")),
                    new Title(title.getString("fr"), title.getString("de")),
                    d.getJsonObject("schema"), mapping(d.getJsonArray("fields").getValuesAs(JsonObject.class)));
        } catch (JsonParsingException e) {
            throw new InvalidTemplatePackageException("template.json is not JSON: " + e.getMessage(), e);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            // JSON-P reports a missing or mistyped member with these; the message names which.
            throw new InvalidTemplatePackageException("template.json is malformed: " + e.getMessage(), e);
        }
    }

    private static FieldMapping mapping(List<JsonObject> items) {
        List<FieldBinding> fields = new ArrayList<>();
        List<RowGroup> rows = new ArrayList<>();
        for (JsonObject item : items) {
            if (item.containsKey("rows")) {
                List<FieldBinding> columns = item.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                        .map(TemplateDescriptor::binding).toList();
                if (columns.stream().anyMatch(c -> !c.field().contains(RowGroup.ROW_PLACEHOLDER))) {
                    throw new InvalidTemplatePackageException("a row column's field lacks " + RowGroup.ROW_PLACEHOLDER);
                }
                rows.add(new RowGroup(pointer(item.getString("rows")), item.getInt("maxRows"), columns));
            } else {
                fields.add(binding(item));
            }
        }
        return new FieldMapping(fields, rows);
    }

    private static FieldBinding binding(JsonObject item) {
        FieldFormat format = FieldFormat.valueOf(item.getString("format", "text").toUpperCase(Locale.ROOT));
        return new FieldBinding(pointer(item.getString("data")), item.getString("field"), format,
                item.getOrDefault("when", JsonValue.TRUE));
    }

    /** A non-empty RFC 6901 pointer. */
    private static String pointer(String pointer) {
        DataPointer.of(pointer); // refuses a malformed one: "template.json is malformed"
        if (pointer.isEmpty()) {
            throw new InvalidTemplatePackageException("an empty pointer binds the whole document");
        }
        return pointer;
    }
}
