package lu.econnector.template.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lu.econnector.template.entity.FieldFormat;

/** The text a data value shows in a form field. The data has been validated against the schema. */
final class DisplayValue {

    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DisplayValue() {
    }

    static String of(JsonValue value, FieldFormat format) {
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            // Quantities; amounts are strings, so no binary floating point reaches the page.
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
            case NULL -> "";
            default -> value.toString();
        };
        return format == FieldFormat.DATE && !text.isEmpty() ? LocalDate.parse(text).format(DISPLAY_DATE) : text;
    }
}
