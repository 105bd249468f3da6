package lu.econnector.template.entity;

import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One data value bound to one form field.
 *
 * @param pointer the value's JSON Pointer (RFC 6901); inside a {@link RowGroup}, relative to the row
 * @param field   the AcroForm field's fully qualified name; inside a row group it holds
 *                {@value RowGroup#ROW_PLACEHOLDER}, replaced by the 1-based row number
 * @param format  how the value is shown
 * @param when    for {@link FieldFormat#CHECK}: the value that ticks the box
 */
public record FieldBinding(String pointer, String field, FieldFormat format, JsonValue when) {

    public FieldBinding {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(format, "format");
        when = when == null ? JsonValue.TRUE : when;
    }

    FieldBinding inRow(String rowPointer, int rowNumber) {
        return new FieldBinding(rowPointer + pointer,
                field.replace(RowGroup.ROW_PLACEHOLDER, Integer.toString(rowNumber)), format, when);
    }
}
