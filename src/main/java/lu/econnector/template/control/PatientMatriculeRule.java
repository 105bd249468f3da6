package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import lu.econnector.auth.entity.Matricule;
import lu.econnector.platform.FieldError;

/** The patient's matricule: a real birth date and both check digits (docs/templates/README.md, "Matricule"). */
final class PatientMatriculeRule implements TemplateRule {

    static final String FIELD = "/patient/matricule";

    @Override
    public List<FieldError> check(JsonNode data) {
        String message = DataValues.text(data, FIELD).map(Matricule::defectOf).map(PatientMatriculeRule::message)
                .orElse(null);
        return message == null ? List.of() : List.of(new FieldError(FIELD, message));
    }

    /** Null for a matricule that is not 13 digits: the schema reports that. */
    private static String message(Matricule.Defect defect) {
        return switch (defect) {
            case NOT_13_DIGITS -> null;
            case INVALID_BIRTH_DATE -> "does not start with a valid birth date (YYYYMMDD)";
            case LUHN_CHECK_DIGIT -> "has a wrong Luhn check digit (12th digit)";
            case VERHOEFF_CHECK_DIGIT -> "has a wrong Verhoeff check digit (13th digit)";
        };
    }
}
