package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lu.econnector.platform.FieldError;

/**
 * {@code ecit}: the incapacity runs from {@code from} to {@code to} inclusive, for at most
 * 52 weeks (364 days counting both ends), and starts no more than 2 days before the
 * certificate's {@code issueDate} (docs/templates/README.md).
 */
final class IncapacityPeriodRule implements TemplateRule {

    static final long MAX_DAYS = 52 * 7;
    static final long MAX_BACKDATING_DAYS = 2;

    @Override
    public List<FieldError> check(JsonNode data) {
        Optional<LocalDate> from = DataValues.date(data, "/incapacity/from");
        Optional<LocalDate> to = DataValues.date(data, "/incapacity/to");
        Optional<LocalDate> issueDate = DataValues.date(data, "/issueDate");
        List<FieldError> errors = new ArrayList<>();
        if (from.isPresent() && to.isPresent()) {
            if (from.get().isAfter(to.get())) {
                errors.add(new FieldError("/incapacity/to", "must not be before from"));
            } else if (ChronoUnit.DAYS.between(from.get(), to.get()) + 1 > MAX_DAYS) {
                errors.add(new FieldError("/incapacity/to", "must be at most 52 weeks after from"));
            }
        }
        if (from.isPresent() && issueDate.isPresent()
                && from.get().isBefore(issueDate.get().minusDays(MAX_BACKDATING_DAYS))) {
            errors.add(new FieldError("/incapacity/from", "must not be more than 2 days before issueDate"));
        }
        return errors;
    }
}
