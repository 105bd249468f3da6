package lu.econnector.template.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/** A template id that no active template has. */
public class UnknownTemplateException extends ProblemException {

    public UnknownTemplateException(String templateId) {
        super(ProblemType.UNKNOWN_TEMPLATE,
                "No template '" + templateId.replaceAll("[^A-Za-z0-9_-]", "?") + "': GET /econnector/api/v1/templates "
                        + "lists the active ones.");
    }
}
