package lu.econnector.template.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import lu.econnector.template.entity.FieldBinding;
import lu.econnector.template.entity.FieldFormat;
import lu.econnector.template.entity.FieldMapping;
import lu.econnector.template.entity.RowGroup;

/** Fills a form from data through a template's mapping. Absent optional values leave the field empty. */
final class FormFiller {

    private FormFiller() {
    }

    static void fill(FieldWriter writer, FieldMapping mapping, JsonObject data) throws IOException {
        write(writer, mapping.fields(), data);
        for (RowGroup group : mapping.rows()) {
            JsonValue rows = valueAt(group.arrayPointer(), data);
            int count = rows instanceof JsonArray array ? array.size() : 0;
            if (count > group.maxRows()) {
                throw new IllegalArgumentException(group.arrayPointer() + " has " + count
                        + " items, the form " + group.maxRows() + " rows: the schema should have refused it");
            }
            for (int i = 0; i < count; i++) {
                write(writer, group.row(i), data);
            }
        }
    }

    private static void write(FieldWriter writer, List<FieldBinding> bindings, JsonObject data) throws IOException {
        for (FieldBinding binding : bindings) {
            JsonValue value = valueAt(binding.pointer(), data);
            if (binding.format() == FieldFormat.CHECK) {
                writer.check(binding.field(), binding.when().equals(value));
            } else {
                writer.text(binding.field(), DisplayValue.of(value, binding.format()));
            }
        }
    }

    private static JsonValue valueAt(String pointer, JsonObject data) {
        JsonPointer p = Json.createPointer(pointer);
        try {
            return p.containsValue(data) ? p.getValue(data) : JsonValue.NULL;
        } catch (JsonException e) {
            // JSON-P throws, rather than answer false, when a parent (here an optional /practice) is absent.
            return JsonValue.NULL;
        }
    }
}
