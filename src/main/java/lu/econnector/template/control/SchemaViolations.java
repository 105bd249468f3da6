package lu.econnector.template.control;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Map;
import lu.econnector.platform.FieldError;

/**
 * Turns the schema validator's errors into field errors: the JSON Pointer of the offending
 * value, and a message that states what is expected. For {@code required} and
 * {@code additionalProperties} the validator locates the enclosing object; the pointer is
 * extended with the property so that it names the field itself.
 */
final class SchemaViolations {

    /** Messages for the patterns of the templates' schemas, clearer than the regular expression. */
    private static final Map<String, String> PATTERN_MESSAGES = Map.of(
            "^(0|[1-9][0-9]{0,6})\\.[0-9]{2}$", "must be an amount in euros with two decimals, as a string such as \"52.50\"",
            "^[0-9]{13}$", "must be 13 digits",
            "^[A-Z0-9]{1,8}$", "must be 1 to 8 capital letters or digits",
            "^L-[0-9]{4}$", "must be a Luxembourg postal code such as \"L-1611\"",
            "\\S", "must not be blank");

    private SchemaViolations() {
    }

    static List<FieldError> of(List<Error> errors) {
        return errors.stream().map(SchemaViolations::toFieldError).distinct().toList();
    }

    private static FieldError toFieldError(Error error) {
        String location = error.getInstanceLocation().toString();
        return switch (error.getKeyword()) {
            case "required" -> new FieldError(child(location, error.getProperty()), "is required");
            case "additionalProperties" -> new FieldError(child(location, error.getProperty()), "is not allowed here");
            case "pattern" -> new FieldError(location, patternMessage(error));
            case "format" -> new FieldError(location, "must be an ISO 8601 calendar date (YYYY-MM-DD)");
            case "enum" -> new FieldError(location, "must be one of " + error.getSchemaNode());
            default -> new FieldError(location, error.getMessage());
        };
    }

    private static String patternMessage(Error error) {
        String pattern = error.getSchemaNode().asText();
        return PATTERN_MESSAGES.getOrDefault(pattern, "does not match the pattern " + pattern);
    }

    /** RFC 6901 section 3: "~" and "/" in a reference token are escaped. */
    private static String child(String pointer, String property) {
        return pointer + "/" + property.replace("~", "~0").replace("/", "~1");
    }
}
