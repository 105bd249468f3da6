package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.template.control.PdfAValidation;
import lu.econnector.template.control.TemplateSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The template endpoints against the running WAR: catalogue, schema, and PDF/A-3b previews. */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TemplatesIT {

    private static String token;
    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void token() {
        TestTokens tokens = new TestTokens(SandboxExtension.running().server().aesKeys());
        token = tokens.signed(tokens.muller());
    }

    private HttpResponse<byte[]> preview(String templateId, String body) {
        return client.postForBytes("econnector/api/v1/documents/" + templateId + "/preview", body,
                "Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    private static Map<String, ObjectNode> samples() {
        return Map.of("mh", TemplateSamples.mh(), "pid", TemplateSamples.pid(), "ecit", TemplateSamples.ecit());
    }

    @Test
    void theCatalogueListsTheBundledTemplates() {
        HttpResponse<String> response = client.get("econnector/api/v1/templates", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonObject> byId = Json.createReader(new StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("id"), Function.identity()));
        assertThat(byId).containsOnlyKeys("mh", "pid", "ecit");
        byId.values().forEach(template -> {
            assertThat(template.getString("source")).isEqualTo("bundled");
            assertThat(template.getString("version")).isEqualTo("1.0.0");
            assertThat(template.getString("sha256")).matches("[0-9a-f]{64}");
        });
        assertThat(byId.get("mh").getJsonObject("title").getString("de")).isEqualTo("Honorarnote");
    }

    @Test
    void oneTemplateComesWithItsSchema() {
        HttpResponse<String> response = client.get("econnector/api/v1/templates/ecit", "Authorization",
                "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getJsonObject("schema").getString("$schema")).contains("2020-12");
    }

    @Test
    void eachSamplePreviewIsPdfA3bCarryingItsData() throws Exception {
        for (Map.Entry<String, ObjectNode> sample : samples().entrySet()) {
            HttpResponse<byte[]> response = preview(sample.getKey(), sample.getValue().toString());

            assertThat(response.statusCode()).as(sample.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(PdfAValidation.failuresOf(response.body())).as(sample.getKey() + " PDF/A-3b").isEmpty();
            JsonObject embedded = embeddedData(response.body());
            JsonObject sent = Json.createReader(new StringReader(sample.getValue().toString())).readObject();
            assertThat(Json.createObjectBuilder(embedded).remove("professional").build()).isEqualTo(sent);
            assertThat(embedded.getJsonObject("professional").getString("code")).isEqualTo("90812100");
        }
    }

    @Test
    void theSameDataRendersTheSameBytes() {
        String body = TemplateSamples.mh().toString();

        assertThat(preview("mh", body).body()).isEqualTo(preview("mh", body).body());
    }

    @Test
    void invalidDataGetsOne422WithEveryViolation() {
        ObjectNode data = TemplateSamples.mh();
        data.put("totalAmount", "99.00");
        ((ObjectNode) data.get("patient")).put("matricule", "1985061512357");

        HttpResponse<byte[]> response = preview("mh", data.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
                .readObject();
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).contains("/totalAmount", "/patient/matricule");
        assertThat(problem.getString("requestId")).isNotBlank();
    }

    @Test
    void aBodyThatIsNoJsonGets422() {
        assertThat(preview("mh", "{not json").statusCode()).isEqualTo(422);
    }

    @Test
    void anUnknownTemplateGets404() {
        HttpResponse<byte[]> response = preview("xyz", TemplateSamples.mh().toString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("unknown-template");
    }

    @Test
    void previewsNeedAToken() {
        HttpResponse<String> response = client.send("POST", "econnector/api/v1/documents/mh/preview",
                TemplateSamples.mh().toString(), "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static JsonObject embeddedData(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDComplexFileSpecification spec = names.getEmbeddedFiles().getNames().get("data.json");
            byte[] bytes = spec.getEmbeddedFile().toByteArray();
            return Json.createReader(new ByteArrayInputStream(bytes)).readObject();
        }
    }
}
