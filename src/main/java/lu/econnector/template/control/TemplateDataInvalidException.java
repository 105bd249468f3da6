package lu.econnector.template.control;

import java.util.List;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;
import lu.econnector.platform.FieldError;

/**
 * Template data that breaks its schema or the template's rules: a 422 listing every
 * violation, each at the JSON Pointer of its field (docs/api.md). The messages
 * say what is expected and never repeat the patient's data.
 */
public class TemplateDataInvalidException extends ProblemException {

    public TemplateDataInvalidException(String templateId, List<FieldError> errors) {
        super(ProblemType.INVALID_TEMPLATE_DATA,
                "The data does not satisfy the " + templateId + " template: " + errors.size()
                        + (errors.size() == 1 ? " violation." : " violations."),
                null, errors, null);
    }
}
