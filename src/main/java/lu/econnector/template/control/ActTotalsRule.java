package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lu.econnector.platform.FieldError;

/**
 * A total equals the sum of one amount of every act: {@code totalAmount} of the
 * {@code amount}s ({@code mh}, {@code pid}), and the totals of the insurer's and patient's
 * shares ({@code pid}). Not checked while an act's value is itself invalid.
 */
final class ActTotalsRule implements TemplateRule {

    private final String total;
    private final String actField;

    ActTotalsRule(String total, String actField) {
        this.total = total;
        this.actField = actField;
    }

    @Override
    public List<FieldError> check(JsonNode data) {
        Optional<BigDecimal> declared = DataValues.amount(data, "/" + total);
        Optional<BigDecimal> sum = sumOfActs(data);
        if (declared.isEmpty() || sum.isEmpty() || declared.get().compareTo(sum.get()) == 0) {
            return List.of();
        }
        return List.of(new FieldError("/" + total,
                "must equal the sum of the acts' " + actField));
    }

    private Optional<BigDecimal> sumOfActs(JsonNode data) {
        int count = DataValues.actCount(data);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DataValues.amount(data, "/acts/" + i + "/" + actField).ifPresent(values::add);
        }
        if (count == 0 || values.size() < count) {
            return Optional.empty();
        }
        return Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
