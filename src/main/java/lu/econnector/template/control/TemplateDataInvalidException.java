package lu.econnector.template.control;

import java.util.List;
import lu.econnector.problem.control.ProblemException;
import lu.econnector.problem.entity.FieldError;

/**
 * Template data that breaks its schema or the template's rules: a 422 listing every
 * violation, each at the JSON Pointer of its field (docs/api.md). The messages
 * say what is expected and never repeat the patient's data.
 */
public class TemplateDataInvalidException extends ProblemException {

    public TemplateDataInvalidException(String templateId, List<FieldError> errors) {
        super("invalid-template-data", "Unprocessable Content", 422,
                "The data does not satisfy the " + templateId + " template: " + errors.size()
                        + (errors.size() == 1 ? " violation." : " violations."),
                null, errors, null);
    }
}
