package lu.econnector.template.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
            JsonArray rows = DataPointer.of(group.arrayPointer()).valueIn(data) instanceof JsonArray array
                    ? array : JsonValue.EMPTY_JSON_ARRAY;
            if (rows.size() > group.maxRows()) {
                throw new IllegalArgumentException(group.arrayPointer() + " has " + rows.size()
                        + " items, the form " + group.maxRows() + " rows: the schema should have refused it");
            }
            for (int i = 0; i < rows.size(); i++) {
                writeRow(writer, group, i, rows.get(i));
            }
        }
    }

    private static void write(FieldWriter writer, List<FieldBinding> bindings, JsonObject data) throws IOException {
        for (FieldBinding binding : bindings) {
            write(writer, binding, binding.field(), DataPointer.of(binding.pointer()).valueIn(data));
        }
    }

    /** Row {@code index} (0-based) of the form shows array element {@code index}; column pointers are relative to it. */
    private static void writeRow(FieldWriter writer, RowGroup group, int index, JsonValue element) throws IOException {
        String rowNumber = Integer.toString(index + 1);
        for (FieldBinding column : group.columns()) {
            write(writer, column, column.field().replace(RowGroup.ROW_PLACEHOLDER, rowNumber),
                    DataPointer.of(column.pointer()).valueIn(element));
        }
    }

    private static void write(FieldWriter writer, FieldBinding binding, String field, JsonValue value) throws IOException {
        if (binding.format() == FieldFormat.CHECK) {
            writer.check(field, binding.when().equals(value));
        } else {
            writer.text(field, DisplayValue.of(value, binding.format()));
        }
    }
}
