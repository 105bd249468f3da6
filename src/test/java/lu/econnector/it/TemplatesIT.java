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
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.ihub.IhubOffer;
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

    private static final Duration SYNC_WAIT = Duration.ofSeconds(30);
    private static String token;
    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    /**
     * The sandbox's iHUB offers {@code mh} 2.1.0, which the first sync (a few seconds after the
     * deployment, then every 3 s in tests) activates: the tests start once it has, so that none
     * sees the version change under it.
     */
    @BeforeAll
    static void tokenAndFirstSync() throws InterruptedException {
        TestTokens tokens = new TestTokens(SandboxExtension.running().server().aesKeys());
        token = tokens.signed(tokens.muller());
        new TemplatesIT().awaitTemplates(catalogue -> catalogue.get("mh").getString("version").equals("2.1.0"));
    }

    private Map<String, JsonObject> catalogue() {
        HttpResponse<String> response = client.get("econnector/api/v1/templates", "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("id"), Function.identity()));
    }

    private Map<String, JsonObject> awaitTemplates(Predicate<Map<String, JsonObject>> expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SYNC_WAIT);
        Map<String, JsonObject> catalogue = catalogue();
        while (!expected.test(catalogue) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            catalogue = catalogue();
        }
        return catalogue;
    }

    /** The iHUB detail of the status, once it satisfies {@code expected} or the wait is over. */
    private String awaitIhubDetail(Predicate<String> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(SYNC_WAIT);
        String detail = ihubDetail();
        while (!expected.test(detail) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            detail = ihubDetail();
        }
        return detail;
    }

    private String ihubDetail() {
        return json(client.get("econnector/status")).getJsonArray("upstreams").getValuesAs(JsonObject.class).stream()
                .filter(upstream -> upstream.getString("name").equals("ihub"))
                .map(upstream -> upstream.getString("detail", "")).findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> preview(String templateId, String body) {
        return client.postForBytes("econnector/api/v1/documents/" + templateId + "/preview", body,
                "Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    private static Map<String, ObjectNode> samples() {
        return Map.of("mh", TemplateSamples.mh(), "pid", TemplateSamples.pid(), "ecit", TemplateSamples.ecit());
    }

    @Test
    void theCatalogueListsTheBundledTemplatesAndTheNewerMhFromIhub() {
        Map<String, JsonObject> byId = catalogue();

        assertThat(byId).containsOnlyKeys("mh", "pid", "ecit");
        assertThat(versionAndSource(byId)).containsExactly("ecit 1.0.0 bundled", "mh 2.1.0 ihub", "pid 1.0.0 bundled");
        byId.values().forEach(template -> assertThat(template.getString("sha256")).matches("[0-9a-f]{64}"));
        assertThat(byId.get("mh").getJsonObject("title").getString("de")).isEqualTo("Honorarnote");
    }

    @Test
    void brokenPackagesOnIhubLeaveTheActiveVersionsAndAreReportedByHealthAndLog() throws Exception {
        SandboxExtension.running().server().ihub().offer(Set.of(IhubOffer.NEWER_MH, IhubOffer.BAD_CHECKSUM,
                IhubOffer.ZIP_BOMB, IhubOffer.MISSING_FIELD));

        String detail = awaitIhubDetail(d -> d.contains("pid 1.1.0") && d.contains("ecit 1.1.0")
                && d.contains("mh 2.2.0"));

        assertThat(detail).startsWith("template sync: ")
                .contains("pid 1.1.0 rejected: SHA-256 ")
                .contains("ecit 1.1.0 rejected: entry template.json inflates beyond")
                .contains("mh 2.2.0 rejected: form.pdf has no field patient.maidenName");
        assertThat(versionAndSource(catalogue()))
                .containsExactly("ecit 1.0.0 bundled", "mh 2.1.0 ihub", "pid 1.0.0 bundled");
        JsonObject ihubCheck = json(client.get("health/ready")).getJsonArray("checks").getValuesAs(JsonObject.class)
                .stream().filter(check -> check.getString("name").equals("ihub")).findFirst().orElseThrow();
        assertThat(ihubCheck.getString("status")).as("iHUB only degrades readiness").isEqualTo("UP");
        assertThat(ihubCheck.getJsonObject("data").getString("degraded")).isEqualTo("true");
        assertThat(Files.readString(SandboxExtension.IT_DIR.resolve("payara.log")))
                .contains("iHUB template sync: pid 1.1.0 rejected: SHA-256")
                .contains("iHUB template sync: ecit 1.1.0 rejected: entry template.json inflates beyond")
                .contains("iHUB template sync: mh 2.2.0 rejected: form.pdf has no field patient.maidenName");
        assertThat(preview("ecit", TemplateSamples.ecit().toString()).statusCode()).isEqualTo(200);

        SandboxExtension.running().server().ihub().reset();
        assertThat(awaitIhubDetail(String::isEmpty)).as("healthy again once iHUB withdraws them").isEmpty();
    }

    private static List<String> versionAndSource(Map<String, JsonObject> catalogue) {
        return catalogue.values().stream().map(t -> t.getString("id") + " " + t.getString("version") + " "
                + t.getString("source")).sorted().toList();
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
