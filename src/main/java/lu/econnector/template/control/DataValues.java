package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the typed values the rules compare. Amounts are decimal strings read as
 * {@link BigDecimal}, never as binary floating point (docs/api.md). Each reader
 * returns empty for a value the schema refuses, which the rule then leaves alone.
 */
final class DataValues {

    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,6})\\.[0-9]{2}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private DataValues() {
    }

    static Optional<BigDecimal> amount(JsonNode data, String pointer) {
        JsonNode node = data.at(pointer);
        if (node.isTextual() && AMOUNT.matcher(node.textValue()).matches()) {
            return Optional.of(new BigDecimal(node.textValue()));
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(JsonNode data, String pointer) {
        JsonNode node = data.at(pointer);
        if (!node.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.textValue(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<String> text(JsonNode data, String pointer) {
        JsonNode node = data.at(pointer);
        return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    /** The number of acts, or 0 when {@code acts} is not an array. */
    static int actCount(JsonNode data) {
        JsonNode acts = data.path("acts");
        return acts.isArray() ? acts.size() : 0;
    }
}
