package lu.econnector.template.control;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lu.econnector.platform.FieldError;
import lu.econnector.template.entity.TemplatePackage;

/**
 * Validates the data of a template document before anything is rendered (docs/api.md)
 *: first against the template's JSON Schema, then against the rules a schema
 * cannot state. All violations are collected and thrown together.
 */
@ApplicationScoped
public class TemplateDataValidator {

    private static final Map<String, List<TemplateRule>> RULES = Map.of(
            "mh", List.of(new PatientMatriculeRule(), new ActDatesRule(), new ActTotalsRule("totalAmount", "amount")),
            "pid", List.of(new PatientMatriculeRule(), new ActDatesRule(), new ActTotalsRule("totalAmount", "amount"),
                    new ActSharesRule(), new ActTotalsRule("totalInsurerShare", "insurerShare"),
                    new ActTotalsRule("totalPatientShare", "patientShare")),
            "ecit", List.of(new PatientMatriculeRule(), new IncapacityPeriodRule()));

    /** Duplicate keys are refused: which of two values would be rendered is not for us to guess. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final TemplateSchemas schemas = new TemplateSchemas();

    /** @throws TemplateDataInvalidException listing every violation */
    public void validate(TemplatePackage template, JsonObject data) {
        validate(template, data.toString());
    }

    /**
     * Against the given version of the template: its own schema, and the rules of its id.
     *
     * @throws TemplateDataInvalidException listing every violation, or the one of JSON that cannot be parsed
     */
    public void validate(TemplatePackage template, String data) {
        List<TemplateRule> rules = rulesOf(template.id());
        JsonNode document = parse(template.id(), data);
        List<FieldError> errors = new ArrayList<>(SchemaViolations.of(schemas.of(template).validate(document)));
        rules.forEach(rule -> errors.addAll(rule.check(document)));
        if (!errors.isEmpty()) {
            throw new TemplateDataInvalidException(template.id(), errors);
        }
    }

    /** Whether this eConnector knows the rules of a template: it renders no other. */
    public static boolean knows(String templateId) {
        return RULES.containsKey(templateId);
    }

    private JsonNode parse(String templateId, String data) {
        try {
            JsonNode document = json.readTree(data);
            if (document != null && !document.isMissingNode()) {
                return document;
            }
        } catch (JsonProcessingException e) {
            // reported below, without the parser's message: it quotes the data
        }
        throw new TemplateDataInvalidException(templateId, List.of(new FieldError("", "is not well-formed JSON")));
    }

    private static List<TemplateRule> rulesOf(String templateId) {
        List<TemplateRule> rules = RULES.get(templateId);
        if (rules == null) {
            throw new IllegalArgumentException("Unknown template " + templateId);
        }
        return rules;
    }
}
