package lu.econnector.template.entity;

import java.util.List;
import java.util.stream.Stream;

/** How a template's data reaches its form: single fields, and repeating rows for line items. */
public record FieldMapping(List<FieldBinding> fields, List<RowGroup> rows) {

    public FieldMapping {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    /** Every AcroForm field name the mapping may write to, rows expanded. */
    public List<String> fieldNames() {
        return Stream.concat(fields.stream().map(FieldBinding::field),
                rows.stream().flatMap(r -> r.fieldNames().stream())).distinct().toList();
    }
}
