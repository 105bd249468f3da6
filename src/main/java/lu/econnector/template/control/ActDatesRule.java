package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lu.econnector.platform.FieldError;

/** {@code mh}, {@code pid}: no act is dated after the document's {@code issueDate}. */
final class ActDatesRule implements TemplateRule {

    @Override
    public List<FieldError> check(JsonNode data) {
        Optional<LocalDate> issueDate = DataValues.date(data, "/issueDate");
        if (issueDate.isEmpty()) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < DataValues.actCount(data); i++) {
            String field = "/acts/" + i + "/date";
            DataValues.date(data, field)
                    .filter(date -> date.isAfter(issueDate.get()))
                    .ifPresent(date -> errors.add(new FieldError(field, "must not be after issueDate")));
        }
        return errors;
    }
}
