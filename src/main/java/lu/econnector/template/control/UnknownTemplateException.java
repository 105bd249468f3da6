package lu.econnector.template.control;

import lu.econnector.platform.ProblemException;

/** A template id that no active template has. */
public class UnknownTemplateException extends ProblemException {

    public UnknownTemplateException(String templateId) {
        super("unknown-template", "Not Found", 404,
                "No template '" + templateId.replaceAll("[^A-Za-z0-9_-]", "?") + "': GET /econnector/api/v1/templates "
                        + "lists the active ones.");
    }
}
