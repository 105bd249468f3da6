package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lu.econnector.platform.FieldError;

/** {@code pid}: each act's {@code insurerShare} and {@code patientShare} add up to its {@code amount}. */
final class ActSharesRule implements TemplateRule {

    @Override
    public List<FieldError> check(JsonNode data) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < DataValues.actCount(data); i++) {
            String act = "/acts/" + i;
            Optional<BigDecimal> amount = DataValues.amount(data, act + "/amount");
            Optional<BigDecimal> insurer = DataValues.amount(data, act + "/insurerShare");
            Optional<BigDecimal> patient = DataValues.amount(data, act + "/patientShare");
            if (amount.isPresent() && insurer.isPresent() && patient.isPresent()
                    && insurer.get().add(patient.get()).compareTo(amount.get()) != 0) {
                errors.add(new FieldError(act + "/amount", "must equal insurerShare + patientShare"));
            }
        }
        return errors;
    }
}
