package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.fault.Faults;

/**
 * The HTTP contract of the foundation, against the built WAR on Payara Micro over HTTPS:
 * status and readiness per upstream, OpenAPI and Swagger UI, problem details and request ids.
 */
@ExtendWith(SandboxExtension.class) // first: the simulators and the server's settings exist before it boots
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

    private static final Path COMMITTED_CONTRACT = Path.of("docs", "openapi.yaml");
    private static final Path SERVED_CONTRACT = Path.of("target", "served-openapi.yaml");

    private static SandboxServer simulators;
    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void simulators() {
        simulators = SandboxExtension.running().server();
    }

    private static void failAll(String upstream) {
        simulators.faults().inject(upstream, Faults.ALL_OPERATIONS, Fault.httpStatus(503));
    }

    /**
     * The status is at most a few seconds old: poll until every upstream shows what the test
     * arranged, e.g. {@code awaitUpstreams("aes", "UP", "kms", "DOWN", ...)}.
     */
    private HttpResponse<String> awaitUpstreams(String... nameThenStatus) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> response = client.get("econnector/status");
        while (!shows(response, nameThenStatus) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            response = client.get("econnector/status");
        }
        return response;
    }

    private static boolean shows(HttpResponse<String> response, String... nameThenStatus) {
        Map<String, JsonObject> upstreams = upstreamsOf(json(response));
        for (int i = 0; i < nameThenStatus.length; i += 2) {
            if (!upstreams.get(nameThenStatus[i]).getString("status").equals(nameThenStatus[i + 1])) {
                return false;
            }
        }
        return true;
    }

    private HttpResponse<String> awaitSimulatedUp() throws InterruptedException {
        return awaitUpstreams("aes", "UP", "kms", "UP", "mysecu", "UP", "ihub", "UP");
    }

    private static Map<String, JsonObject> upstreamsOf(JsonObject status) {
        return status.getJsonArray("upstreams").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("name"), Function.identity()));
    }

    @Test
    void statusReportsTheSimulatedUpstreamsUp() throws Exception {
        HttpResponse<String> response = awaitSimulatedUp();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject status = json(response);
        assertThat(status.getString("status")).isEqualTo("UP");
        assertThat(status.getString("profile")).isEqualTo("sandbox");
        assertThat(status.getString("version")).isNotBlank().isNotEqualTo("unknown");
        Map<String, JsonObject> byName = upstreamsOf(status);
        assertThat(byName).containsOnlyKeys("aes", "kms", "mysecu", "ihub");
        for (String upstream : byName.keySet()) {
            assertThat(byName.get(upstream).getString("status")).isEqualTo("UP");
            assertThat(byName.get(upstream).getBoolean("required")).isEqualTo(!upstream.equals("ihub"));
            assertThat(byName.get(upstream).getJsonNumber("latencyMillis").longValue()).isNotNegative();
            assertThat(Instant.parse(byName.get(upstream).getString("lastCheck")))
                    .isAfter(Instant.now().minusSeconds(60));
            assertThat(byName.get(upstream).containsKey("detail")).isFalse();
        }
    }

    @Test
    void statusIs503WhenARequiredUpstreamIsDown() throws Exception {
        failAll("kms");

        HttpResponse<String> response = awaitUpstreams("aes", "UP", "kms", "DOWN", "mysecu", "UP");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonObject status = json(response);
        assertThat(status.getString("status")).isEqualTo("DOWN");
        JsonObject kms = upstreamsOf(status).get("kms");
        assertThat(kms.getString("status")).isEqualTo("DOWN");
        assertThat(kms.getString("detail")).isEqualTo("HTTP 503");
    }

    @Test
    void statusAndReadinessReportTheUpstreamsDownWhenTheirPortIsClosed() throws Exception {
        simulators.closePort();
        try {
            HttpResponse<String> response = awaitUpstreams("aes", "DOWN", "kms", "DOWN", "mysecu", "DOWN",
                    "ihub", "DEGRADED");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(upstreamsOf(json(response)).get("aes").getString("detail")).isEqualTo("connection refused");
            HttpResponse<String> ready = client.get("health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("connection refused");
        } finally {
            simulators.reopenPort();
        }
        assertThat(awaitSimulatedUp().statusCode()).isEqualTo(200);
    }

    @Test
    void readinessHasOneCheckPerUpstreamAndIhubOnlyDegrades() throws Exception {
        failAll("aes");
        failAll("ihub");
        awaitUpstreams("aes", "DOWN", "kms", "UP", "mysecu", "UP", "ihub", "DEGRADED");

        HttpResponse<String> response = client.get("health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        Map<String, JsonObject> checks = json(response).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
        assertThat(checks).containsOnlyKeys("aes", "kms", "mysecu", "ihub");
        assertThat(checks.get("aes").getString("status")).isEqualTo("DOWN");
        assertThat(checks.get("aes").getJsonObject("data").getString("detail")).isEqualTo("HTTP 503");
        assertThat(checks.get("kms").getString("status")).isEqualTo("UP");
        assertThat(checks.get("kms").getJsonObject("data")).containsKeys("latencyMillis", "lastCheck");
        assertThat(checks.get("ihub").getString("status")).isEqualTo("UP");
        assertThat(checks.get("ihub").getJsonObject("data").getString("degraded")).isEqualTo("true");
        assertThat(checks.get("ihub").getJsonObject("data").getString("detail")).isEqualTo("HTTP 503");
    }

    @Test
    void livenessDoesNotDependOnUpstreams() throws Exception {
        failAll("aes");
        failAll("kms");
        failAll("mysecu");
        awaitUpstreams("aes", "DOWN", "kms", "DOWN", "mysecu", "DOWN");

        HttpResponse<String> response = client.get("health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"econnector\"");
    }

    @Test
    void openApiDocumentsTheStatusOperation() {
        HttpResponse<String> response = client.get("openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject openApi = json(response);
        assertThat(openApi.getJsonObject("info").getString("title")).isEqualTo("eConnector");
        assertThat(openApi.getJsonObject("paths")).containsKey("/econnector/status").containsKey("/econnector/api/v1/me");
        JsonObject bearer = openApi.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("aes");
        assertThat(bearer.getString("type")).isEqualTo("http");
        assertThat(bearer.getString("scheme")).isEqualTo("bearer");
        assertThat(openApi.getJsonObject("paths").getJsonObject("/econnector/api/v1/me").getJsonObject("get")
                .getJsonArray("security").getJsonObject(0)).containsKey("aes");
        assertThat(openApi.getJsonArray("servers").getValuesAs(JsonObject.class))
                .extracting(server -> server.getString("url")).contains("/");
    }

    /**
     * The contract is kept in {@code docs/openapi.yaml} so that a change to it shows in
     * review. The served document is written to {@code target/served-openapi.yaml}; when they
     * differ, copy it over the committed file (docs/development.md, "The API contract").
     */
    @Test
    void theServedContractIsTheCommittedFile() throws Exception {
        HttpResponse<String> served = client.get("openapi");
        Files.writeString(SERVED_CONTRACT, served.body());

        assertThat(served.statusCode()).isEqualTo(200);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode committed = yaml.readTree(COMMITTED_CONTRACT.toFile());
        String differs = "the served /openapi differs from " + COMMITTED_CONTRACT + ": review " + SERVED_CONTRACT
                + " and copy it over if the change is meant";
        assertThat(yaml.readTree(served.body())).as(differs).isEqualTo(committed);
        assertThat(new ObjectMapper().readTree(client.get("openapi", "Accept", "application/json").body()))
                .as(differs + " (JSON)").isEqualTo(committed);
    }

    /**
     * What once made redocly and openapi-generator refuse the document, or a generated
     * client misread the wire: each stays fixed.
     */
    @Test
    void theContractIsStandardAndEveryOperationSaysWhoMayCallIt() {
        HttpResponse<String> served = client.get("openapi", "Accept", "application/json");
        JsonObject openApi = json(served);

        assertThat(openApi).as("Payara's endpoints is no OpenAPI member").doesNotContainKey("endpoints");
        assertThat(served.body()).as("an object without members").doesNotContain("\"maxProperties\":0");
        assertThat(schemasIn(openApi)).allSatisfy(schema -> {
            if ("array".equals(schema.getString("type", null))) {
                assertThat(schema).as("an array with properties, which openapi-generator refuses")
                        .doesNotContainKey("properties");
            }
            if (schema.containsKey("enum")) {
                assertThat(schema).as("an enum without a type").containsKey("type");
            }
        });
        assertThat(openApi.getJsonArray("tags").getValuesAs(JsonObject.class)).extracting(tag -> tag.getString("name"))
                .doesNotHaveDuplicates().contains("Documents", "Signatures", "Status");
        assertThat(openApi.getJsonArray("tags").getValuesAs(JsonObject.class)).allSatisfy(
                tag -> assertThat(tag.getString("description", "")).as(tag.getString("name")).isNotBlank());
        assertThat(openApi.getJsonObject("info").getJsonObject("license").getString("name")).isNotBlank();
        assertThat(openApi.getJsonObject("components").getJsonObject("schemas"))
                .as("no JAX-WS type of the syncexchange client")
                .doesNotContainKeys("exchangeRequest", "exchangeResponse", "MessageType", "Metadata", "Entry");
        operations(openApi).forEach((name, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            assertThat(operation.getJsonArray("security")).as(name).isNotNull();
            boolean open = operation.getJsonArray("security").getJsonObject(0).isEmpty();
            assertThat(open).as(name + " is public").isEqualTo(PUBLIC.contains(name));
            if (!open) {
                assertThat(responses).as(name).containsKey("401");
            }
            assertThat(responses).as(name).doesNotContainKey("default");
            responses.forEach((status, response) -> response.asJsonObject().getOrDefault("headers",
                    JsonValue.EMPTY_JSON_OBJECT).asJsonObject().forEach((header, declared) -> assertThat(
                    declared.asJsonObject()).as(name + " " + status + " " + header).containsKey("schema")));
            responses.forEach((status, response) -> {
                // the status answers 503 with its own body, the upstreams' state
                boolean problem = status.startsWith("4")
                        || status.startsWith("5") && !name.equals("get /econnector/status");
                if (problem) {
                    assertThat(response.asJsonObject().getJsonObject("content").getJsonObject("application/problem+json")
                            .getJsonObject("schema").getString("$ref")).as(name + " " + status)
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        });
    }

    /**
     * The contract's licence names the path of the terms, served without a token. It has no url
     * member: the terms are each server's own, and openapi-generator refuses a relative URL there.
     */
    @Test
    void theLicenceOfTheContractIsServed() {
        JsonObject licence = json(client.get("openapi", "Accept", "application/json")).getJsonObject("info")
                .getJsonObject("license");
        assertThat(licence).doesNotContainKey("url");
        String path = licence.getString("name").replaceAll(".* at /([^ :]+).*", "$1");

        HttpResponse<String> terms = client.get(path);

        assertThat(terms.statusCode()).isEqualTo(200);
        assertThat(terms.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(terms.body()).contains("ACCEPT_LICENSE");
    }

    @Test
    void pdfsAreBinaryAndDatesAreDateTimeStrings() {
        JsonObject openApi = json(client.get("openapi", "Accept", "application/json"));
        JsonObject schemas = openApi.getJsonObject("components").getJsonObject("schemas");

        operations(openApi).forEach((name, operation) -> {
            List<JsonObject> contents = new ArrayList<>();
            if (operation.containsKey("requestBody")) {
                contents.add(operation.getJsonObject("requestBody").getJsonObject("content"));
            }
            operation.getJsonObject("responses").values().forEach(response -> {
                if (response.asJsonObject().containsKey("content")) {
                    contents.add(response.asJsonObject().getJsonObject("content"));
                }
            });
            contents.stream().filter(content -> content.containsKey("application/pdf")).forEach(content -> {
                JsonObject pdf = content.getJsonObject("application/pdf").getJsonObject("schema");
                assertThat(pdf.getString("type") + " " + pdf.getString("format")).as(name).isEqualTo("string binary");
            });
        });
        for (String[] date : new String[][] {{"CertificateSummary", "notBefore"}, {"CertificateSummary", "notAfter"},
                {"SignatureSummary", "signingTime"}, {"SubmissionReceipt", "receivedAt"}, {"EconnectorStatus", "checkedAt"}}) {
            JsonObject property = resolve(schemas, schemas.getJsonObject(date[0]).getJsonObject("properties")
                    .getJsonObject(date[1]));
            assertThat(property.getString("type") + " " + property.getString("format")).as(date[0] + "." + date[1])
                    .isEqualTo("string date-time");
        }
    }

    /**
     * The template data is typed in the contract by the very schema the server
     * validates with ({@code GET /templates/{id}} shows it), its {@code $defs} as components.
     */
    @Test
    void eachTemplatesDataIsTypedByTheSchemaTheServerValidatesWith() {
        JsonObject openApi = json(client.get("openapi", "Accept", "application/json"));
        JsonObject schemas = openApi.getJsonObject("components").getJsonObject("schemas");
        TestTokens tokens = new TestTokens(simulators.aesKeys());

        for (String id : List.of("mh", "pid", "ecit")) {
            String prefix = id.substring(0, 1).toUpperCase() + id.substring(1);
            JsonObject validated = json(client.get("econnector/api/v1/templates/" + id,
                    "Authorization", "Bearer " + tokens.signed(tokens.muller()))).getJsonObject("schema");
            assertThat(schemas.getJsonObject(prefix + "Data")).as(id).isEqualTo(asComponent(validated, prefix));
            validated.getJsonObject("$defs").forEach((def, schema) -> assertThat(
                    schemas.getJsonObject(prefix + def.substring(0, 1).toUpperCase() + def.substring(1)))
                    .as(id + " " + def).isEqualTo(asComponent(schema.asJsonObject(), prefix)));
            assertThat(schemas.getJsonObject("TemplateData").getJsonArray("oneOf"))
                    .contains(Json.createObjectBuilder().add("$ref", "#/components/schemas/" + prefix + "Data").build());
        }
        for (String kind : List.of("preview", "signed", "submissions")) {
            assertThat(operations(openApi).get("post /econnector/api/v1/documents/{templateId}/" + kind)
                    .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("schema").getString("$ref")).isEqualTo("#/components/schemas/TemplateData");
        }
    }

    /** The mh example of the document endpoints is data the server accepts: valid against the mh schema. */
    @Test
    void theDocumentExamplesAreValidTemplateData() throws Exception {
        JsonObject openApi = json(client.get("openapi", "Accept", "application/json"));
        TestTokens tokens = new TestTokens(simulators.aesKeys());
        String mhSchema = json(client.get("econnector/api/v1/templates/mh",
                "Authorization", "Bearer " + tokens.signed(tokens.muller()))).getJsonObject("schema").toString();
        com.networknt.schema.Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(mhSchema, InputFormat.JSON);

        for (String kind : List.of("preview", "signed", "submissions")) {
            JsonObject example = operations(openApi).get("post /econnector/api/v1/documents/{templateId}/" + kind)
                    .getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("examples").getJsonObject("mh").getJsonObject("value");
            assertThat(schema.validate(example.toString(), InputFormat.JSON)).as(kind).isEmpty();
        }
    }

    /** Every JSON object of the document that has a type or an enum: the schemas, wherever they are. */
    private static List<JsonObject> schemasIn(JsonValue value) {
        List<JsonObject> schemas = new ArrayList<>();
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            if (object.get("type") instanceof JsonString || object.containsKey("enum")) {
                schemas.add(object);
            }
            object.values().forEach(member -> schemas.addAll(schemasIn(member)));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(item -> schemas.addAll(schemasIn(item)));
        }
        return schemas;
    }

    private static final Set<String> PUBLIC = Set.of("get /econnector/status", "get /econnector/terms");

    private static Map<String, JsonObject> operations(JsonObject openApi) {
        Map<String, JsonObject> operations = new TreeMap<>();
        openApi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT && operation.asJsonObject().containsKey("responses")) {
                operations.put(method + " " + path, operation.asJsonObject());
            }
        }));
        return operations;
    }

    private static JsonObject resolve(JsonObject schemas, JsonObject schema) {
        return schema.containsKey("$ref")
                ? schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()))
                : schema;
    }

    /** A draft 2020-12 schema as the contract should show it: no meta members, $defs references to components. */
    private static JsonObject asComponent(JsonObject schema, String prefix) {
        JsonObjectBuilder component = Json.createObjectBuilder();
        schema.forEach((keyword, value) -> {
            switch (keyword) {
                case "$schema", "$id", "$defs" -> { }
                case "$ref" -> {
                    String def = ((JsonString) value).getString().substring("#/$defs/".length());
                    component.add("$ref", "#/components/schemas/" + prefix + def.substring(0, 1).toUpperCase()
                            + def.substring(1));
                }
                case "properties" -> {
                    JsonObjectBuilder properties = Json.createObjectBuilder();
                    value.asJsonObject().forEach((name, property) ->
                            properties.add(name, asComponent(property.asJsonObject(), prefix)));
                    component.add("properties", properties);
                }
                case "items" -> component.add("items", asComponent(value.asJsonObject(), prefix));
                default -> component.add(keyword, value);
            }
        });
        return component.build();
    }

    @Test
    void swaggerUiIsServedFromTheWar() {
        HttpResponse<String> page = client.get("swaggerui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").doesNotContain("://");
        String bundle = page.body().replaceAll("(?s).*src=\"/(webjars/[^\"]+swagger-ui-bundle\\.js)\".*", "$1");
        assertThat(client.get(bundle).statusCode()).isEqualTo(200);
        assertThat(client.get("swaggerui/swagger-initializer.js").body()).contains("url: \"/openapi\"");
    }

    @Test
    void anUnknownPathGetsAProblemWithTheRequestId() {
        HttpResponse<String> response = client.get("no/such/page");

        assertProblem(response, 404, "/no/such/page");
    }

    @Test
    void anUnknownApiPathGetsAProblemWithTheRequestId() {
        HttpResponse<String> response = client.get("econnector/api/v1/nothing-here");

        assertProblem(response, 404, "/econnector/api/v1/nothing-here");
    }

    @Test
    void aWrongMethodGetsA405ProblemWithAllow() {
        HttpResponse<String> response = client.send("DELETE", "econnector/status", "");

        assertProblem(response, 405, "/econnector/status");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void anUnacceptableMediaTypeGetsA406Problem() {
        HttpResponse<String> response = client.get("econnector/status", "Accept", "application/xml");

        assertProblem(response, 406, "/econnector/status");
    }

    @Test
    void aBodyOverTheLimitGetsA413Problem() {
        String tooLarge = "x".repeat(10 * 1024 * 1024 + 1);

        HttpResponse<String> response = client.upload("econnector/status", tooLarge, "Content-Type", "application/json");

        assertProblem(response, 413, "/econnector/status");
    }

    @Test
    void aCallersRequestIdIsEchoed() {
        HttpResponse<String> response = client.get("no/such/page", "X-Request-Id", "vendor-trace-0042");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("vendor-trace-0042");
        assertThat(json(response).getString("requestId")).isEqualTo("vendor-trace-0042");
    }

    @Test
    void aMalformedRequestIdIsReplaced() {
        HttpResponse<String> response = client.get("econnector/status", "X-Request-Id", "<script>alert(1)</script>");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
                id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void everyResponseCarriesARequestIdAndNoServerBanner() {
        HttpResponse<String> response = client.get("swaggerui/index.html");

        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String instance) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(instance);
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(problem.get("requestId")).isInstanceOf(JsonString.class);
        assertThat(problem.getString("requestId")).isEqualTo(requestId);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at lu.").doesNotContain("Payara");
    }
}
