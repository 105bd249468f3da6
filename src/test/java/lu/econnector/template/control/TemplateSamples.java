package lu.econnector.template.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lu.econnector.platform.FieldError;
import lu.econnector.template.entity.TemplatePackage;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The samples of docs/templates/README.md, as documents a test changes, and the violations found in them. */
public final class TemplateSamples {

    static final String VALID_MATRICULE = "1985061512347";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TemplatePackage> BUNDLED = new ConcurrentHashMap<>();

    private TemplateSamples() {
    }

    public static ObjectNode mh() {
        return parse("""
                {
                  "practice": {"street": "1, rue de la Gare", "postalCode": "L-1611", "city": "Luxembourg"},
                  "patient": {"matricule": "1985061512347", "lastName": "Schmit", "firstName": "Jean"},
                  "invoiceNumber": "2026-000123",
                  "issueDate": "2026-11-27",
                  "acts": [
                    {"date": "2026-11-27", "code": "C1", "label": "Consultation", "quantity": 1, "amount": "52.50"}
                  ],
                  "totalAmount": "52.50",
                  "paid": true
                }""");
    }

    public static ObjectNode pid() {
        return parse("""
                {
                  "practice": {"street": "1, rue de la Gare", "postalCode": "L-1611", "city": "Luxembourg"},
                  "patient": {"matricule": "1985061512347", "lastName": "Schmit", "firstName": "Jean"},
                  "invoiceNumber": "2026-000124",
                  "issueDate": "2026-11-27",
                  "acts": [
                    {"date": "2026-11-26", "code": "C1", "label": "Consultation", "quantity": 1, "amount": "52.50",
                     "insurerShare": "46.20", "patientShare": "6.30"},
                    {"date": "2026-11-27", "code": "V12", "label": "Visite", "quantity": 2, "amount": "80.10",
                     "insurerShare": "70.50", "patientShare": "9.60"}
                  ],
                  "totalAmount": "132.60",
                  "totalInsurerShare": "116.70",
                  "totalPatientShare": "15.90",
                  "paid": false
                }""");
    }

    public static ObjectNode ecit() {
        return parse("""
                {
                  "patient": {"matricule": "1985061512347", "lastName": "Schmit", "firstName": "Jean"},
                  "issueDate": "2026-11-27",
                  "incapacity": {"from": "2026-11-27", "to": "2026-12-03", "cause": "ILLNESS",
                                 "outingsAllowed": true, "hospitalised": false},
                  "initial": true
                }""");
    }

    /** The bundled version of a template, read once per test run. */
    public static TemplatePackage bundled(String templateId) {
        return BUNDLED.computeIfAbsent(templateId, new BundledTemplates(new TemplatePackageReader())::load);
    }

    /** The violations the validator reports, failing the test if it accepts the document. */
    static List<FieldError> violationsOf(String templateId, ObjectNode document) {
        TemplateDataInvalidException thrown = catchThrowableOfType(TemplateDataInvalidException.class,
                () -> new TemplateDataValidator().validate(bundled(templateId), document.toString()));
        if (thrown == null) {
            throw new AssertionError("The " + templateId + " document was accepted: " + document);
        }
        return thrown.errors();
    }

    static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    static ObjectNode act(ObjectNode document, int index) {
        return (ObjectNode) document.withArray("/acts").get(index);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
