package lu.econnector.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The committed contract ({@code docs/openapi.yaml}) as a judge of real answers: whether the
 * status is one the operation lists, the media type one that status lists, the headers it
 * declares are sent, a JSON body is valid against the schema given for it, and a problem
 * names the status it came with.
 *
 * <p>Objects are judged closed: a member the contract does not declare is a disagreement,
 * although a client must tolerate new members (the contract grows by additions within v1).
 * The server may only send what the contract says; the contract leaves objects open for the
 * clients' sake.
 */
final class ContractedResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode contract;
    private final JsonNode closedComponents;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    ContractedResponses(Path file) throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        closedComponents = contract.path("components").path("schemas").deepCopy();
        closedComponents.forEach(ContractedResponses::closed);
    }

    List<String> disagreements(String method, String path, HttpResponse<String> response) {
        return disagreements(method, path, response.statusCode(), response.headers(),
                response.body().getBytes(StandardCharsets.UTF_8));
    }

    List<String> disagreementsOfBytes(String method, String path, HttpResponse<byte[]> response) {
        return disagreements(method, path, response.statusCode(), response.headers(), response.body());
    }

    List<String> disagreements(String method, String path, int status, HttpHeaders headers, byte[] body) {
        String call = method.toUpperCase(Locale.ROOT) + " " + path + " " + status;
        List<String> found = new ArrayList<>();
        JsonNode operation = contract.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            found.add(call + ": no such operation in the contract");
            return found;
        }
        JsonNode declared = operation.path("responses").path(String.valueOf(status));
        if (declared.isMissingNode()) {
            found.add(call + ": status not listed (the contract lists " + fieldNames(operation.path("responses")) + ")");
            return found;
        }
        declared.path("headers").fieldNames().forEachRemaining(header -> {
            if (headers.firstValue(header).isEmpty()) {
                found.add(call + ": header " + header + " declared but not sent");
            }
        });
        String mediaType = headers.firstValue("Content-Type").map(ContractedResponses::baseType).orElse(null);
        JsonNode content = declared.path("content");
        if (mediaType == null) {
            if (content.size() > 0) {
                found.add(call + ": no Content-Type, the contract says " + fieldNames(content));
            }
            return found;
        }
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            found.add(call + ": Content-Type " + mediaType + " not listed (" + fieldNames(content) + ")");
        } else if (mediaType.endsWith("json")) {
            found.addAll(invalidMembers(call, media.path("schema"), body));
        }
        if (mediaType.equals("application/problem+json") && !statusOf(body).equals(String.valueOf(status))) {
            found.add(call + ": the problem's status is " + statusOf(body)); // RFC 9457 section 3.1.3
        }
        return found;
    }

    private List<String> invalidMembers(String call, JsonNode schema, byte[] body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(call + ": the body is not JSON");
        }
        ObjectNode root = closed(schema.deepCopy()) instanceof ObjectNode object ? object : JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.putObject("components").set("schemas", closedComponents);
        List<Error> errors = schemas.getSchema(root).validate(instance);
        return errors.stream().map(error -> call + ": " + error.getInstanceLocation() + " " + error.getMessage()).toList();
    }

    /**
     * The schema with every object that lists its properties closed to others, looking into
     * the schemas it is made of. {@code unevaluatedProperties} sees through {@code allOf} and
     * {@code $ref}, where {@code additionalProperties: false} would refuse what they declare.
     */
    private static JsonNode closed(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        if (object.has("properties") && !object.has("additionalProperties")) {
            object.put("unevaluatedProperties", false);
        }
        object.path("properties").forEach(ContractedResponses::closed);
        closed(object.path("items"));
        closed(object.path("additionalProperties"));
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            object.path(composition).forEach(ContractedResponses::closed);
        }
        return object;
    }

    private static String statusOf(byte[] problem) {
        try {
            return JSON.readTree(problem).path("status").asText("none");
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String baseType(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
