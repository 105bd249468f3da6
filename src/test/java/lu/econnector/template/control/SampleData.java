package lu.econnector.template.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * The sample data of TEMPLATES.md for each baseline template, plus the {@code professional}
 * that the pipeline takes from the access token. {@code 1985061512347} is a valid matricule.
 */
final class SampleData {

    private static final String PROFESSIONAL = """
            "professional": {"name": "Dr Anne Muller", "code": "90812100"},""";

    private SampleData() {
    }

    static JsonObject of(String id) {
        String json = switch (id) {
            case "mh" -> """
                    {%s
                      "practice": {"street": "1, rue de la Gare", "postalCode": "L-1611", "city": "Luxembourg"},
                      "patient": {"matricule": "1985061512347", "lastName": "Schmit", "firstName": "Jean"},
                      "invoiceNumber": "2026-000123",
                      "issueDate": "2026-11-27",
                      "acts": [
                        {"date": "2026-11-27", "code": "C1", "label": "Consultation", "quantity": 1, "amount": "52.50"}
                      ],
                      "totalAmount": "52.50",
                      "paid": true
                    }""";
            case "pid" -> """
                    {%s
                      "practice": {"street": "1, rue de la Gare", "postalCode": "L-1611", "city": "Luxembourg"},
                      "patient": {"matricule": "1985061512347", "lastName": "Schmit", "firstName": "Jean"},
                      "invoiceNumber": "2026-000124",
                      "issueDate": "2026-11-27",
                      "acts": [
                        {"date": "2026-11-27", "code": "C1", "label": "Consultation", "quantity": 1, "amount": "52.50",
                         "insurerShare": "46.20", "patientShare": "6.30"}
                      ],
                      "totalAmount": "52.50",
                      "totalInsurerShare": "46.20",
                      "totalPatientShare": "6.30",
                      "paid": true
                    }""";
            case "ecit" -> """
                    {%s
                      "patient": {"matricule": "1985061512347", "lastName": "Schmit", "firstName": "Jean"},
                      "issueDate": "2026-11-27",
                      "incapacity": {"from": "2026-11-27", "to": "2026-12-03", "cause": "ILLNESS",
                                     "outingsAllowed": true, "hospitalised": false},
                      "initial": true
                    }""";
            default -> throw new IllegalArgumentException(id);
        };
        return parse(json.formatted(PROFESSIONAL));
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
