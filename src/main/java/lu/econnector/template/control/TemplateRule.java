package lu.econnector.template.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import lu.econnector.platform.FieldError;

/**
 * A rule of a template that its JSON Schema cannot express (docs/templates/README.md). It runs even on
 * data that broke the schema, so that every violation is reported at once: a value the
 * schema already refused (absent, wrong type or format) is skipped, never reported twice.
 */
interface TemplateRule {

    List<FieldError> check(JsonNode data);
}
