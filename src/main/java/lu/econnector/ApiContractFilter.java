package lu.econnector;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import lu.econnector.problem.control.RequestMessageId;
import lu.econnector.template.boundary.TemplateDataSchemas;
import lu.econnector.template.control.BundledTemplates;
import lu.econnector.template.control.TemplatePackageReader;

/**
 * Completes the scanned OpenAPI document into the contract vendors generate clients from:
 * what annotations cannot say, or Payara adds on its own. Registered with
 * {@code mp.openapi.filter}; Payara runs it once, on the first request for {@code /openapi}.
 */
public class ApiContractFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PDF = "application/pdf";
    static final String TEMPLATE_DATA = "TemplateData";
    private static final String COMPONENTS = "#/components/schemas/";
    /** The tags in reading order: who the eConnector acts for, its status, then what it does. */
    private static final List<String> TAG_ORDER = List.of("Professional", "Status", "Documents", "Signatures",
            "Templates");
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String MESSAGE_ID = RequestMessageId.HEADER;
    private static final String MESSAGE_ID_DOC = "The mySecu message id this call used, on every answer (errors "
            + "included) once the Idempotency-Key is accepted; also the receipt's messageId and the problem's messageId.";
    /**
     * Refused before the message id is fixed: a malformed key, no professional, a body announced
     * too large, a media type no operation takes.
     */
    private static final Set<String> BEFORE_MESSAGE_ID = Set.of("400", "401", "413", "415");
    /**
     * This filter edits the MicroProfile OpenAPI 3.1 model (OpenAPI 3.0 documents: Payara 6).
     * MicroProfile OpenAPI 4 (OpenAPI 3.1 documents: WildFly 39) changed the schema's type,
     * nullable and exclusive bounds, so there the document is served as scanned, unfiltered:
     * the contract of record is the one Payara serves (docs/openapi.yaml).
     */
    private static final boolean OPENAPI_30_MODEL = Arrays.stream(Schema.class.getMethods())
            .anyMatch(method -> method.getName().equals("getNullable"));

    /** Every problem answer names its schema; the annotations only give the media type. */
    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (!OPENAPI_30_MODEL) {
            return response;
        }
        if (response.getContent() != null) {
            MediaType problem = response.getContent().getMediaType(PROBLEM_JSON);
            if (problem != null && problem.getSchema() == null) {
                problem.setSchema(problemSchema());
            }
            binaryPdf(response.getContent());
            examples(response.getContent());
        }
        return response;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (!OPENAPI_30_MODEL) {
            return schema;
        }
        return ScannedSchemas.repair(AnnotationDefaults.drop(schema));
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (!OPENAPI_30_MODEL) {
            return parameter;
        }
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null); // meant for query parameters only, false by default
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        return parameter;
    }

    @Override
    public Header filterHeader(Header header) {
        if (!OPENAPI_30_MODEL) {
            return header;
        }
        if (Boolean.FALSE.equals(header.getDeprecated())) {
            header.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(header.getAllowEmptyValue())) {
            header.setAllowEmptyValue(null); // a query parameter's keyword, no header's
        }
        return header;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        if (!OPENAPI_30_MODEL) {
            return body;
        }
        if (body.getContent() != null) {
            binaryPdf(body.getContent());
            examples(body.getContent());
        }
        return body;
    }

    /**
     * The answers every operation can give besides its own: 401 without a valid AeS token
     * (BearerTokenFilter) and 503 when AeS's keys cannot be fetched on each protected one; 413
     * over the body limit (BodySizeLimitFilter) and 415 for another media type on each that
     * takes a body. An operation that deposits names its mySecu message id on its answers.
     */
    @Override
    public Operation filterOperation(Operation operation) {
        if (!OPENAPI_30_MODEL) {
            return operation;
        }
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null); // Payara's annotation default, as in AnnotationDefaults
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addProblem(operation, "401", "No token, or a token refused (WWW-Authenticate says why)");
            addProblem(operation, "503", "AeS's signing keys cannot be fetched: no fault of the caller's");
        } else {
            // public (the status): an empty requirement says so, where no requirement says nothing
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        if (operation.getRequestBody() != null) {
            addProblem(operation, "413", "The body is over MAX_REQUEST_BODY_BYTES");
            addProblem(operation, "415", "The Content-Type is not the one this operation takes");
        }
        if (takesIdempotencyKey(operation)) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (!BEFORE_MESSAGE_ID.contains(status)) {
                    response.addHeader(MESSAGE_ID, OASFactory.createHeader().description(MESSAGE_ID_DOC)
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
                }
            });
        }
        return operation;
    }

    /**
     * The operations that deposit on mySecu are those that take an Idempotency-Key: the message
     * id is made of it (or is new without one).
     */
    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                        && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()));
    }

    private static void examples(Content content) {
        content.getMediaTypes().forEach((type, media) -> {
            if (type.endsWith("json")) {
                JsonExamples.parse(media);
            }
        });
    }

    private static void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                        OASFactory.createMediaType().schema(problemSchema()))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().ref(COMPONENTS + "Problem");
    }

    /** byte[] scans as an array without items: a PDF is binary, which generators read as bytes or a file. */
    private static void binaryPdf(Content content) {
        MediaType pdf = content.getMediaType(PDF);
        if (pdf != null) {
            pdf.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (!OPENAPI_30_MODEL) {
            return;
        }
        PayaraEndpoints.remove(openAPI);
        openAPI.setTags(uniqueTags(openAPI.getTags()));
        templateData().forEach(openAPI.getComponents()::addSchema);
    }

    /**
     * Payara lists a {@code @Tag} once per annotated resource; the document must declare each
     * once: the first that has a description. Payara lists them in the order it finds the
     * resources, which follows their packages; the document keeps {@link #TAG_ORDER} instead,
     * so that moving a resource between components does not reorder the contract.
     */
    private static List<Tag> uniqueTags(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(tag -> byName.merge(tag.getName(), tag,
                    (first, other) -> first.getDescription() == null ? other : first));
        }
        return byName.values().stream().sorted(Comparator.comparingInt(ApiContractFilter::readingRank)).toList();
    }

    /** A tag's place in {@link #TAG_ORDER}; a tag missing from it comes after all listed ones. */
    private static int readingRank(Tag tag) {
        int rank = TAG_ORDER.indexOf(tag.getName());
        return rank < 0 ? TAG_ORDER.size() : rank;
    }

    /**
     * The data schema of each bundled template, the one the server validates with, and
     * {@code TemplateData}, one of them, which the document endpoints take.
     */
    private static Map<String, Schema> templateData() {
        Map<String, Schema> components = new LinkedHashMap<>();
        Schema anyTemplate = OASFactory.createSchema().description("The data of the template named in the path: "
                + String.join(", ", BundledTemplates.IDS.stream().map(TemplateDataSchemas::rootName).toList())
                + " for " + String.join(", ", BundledTemplates.IDS) + ".");
        new BundledTemplates(new TemplatePackageReader()).all().forEach(template -> {
            components.putAll(TemplateDataSchemas.of(template));
            anyTemplate.addOneOf(OASFactory.createSchema().ref(COMPONENTS + TemplateDataSchemas.rootName(template.id())));
        });
        components.put(TEMPLATE_DATA, anyTemplate);
        return components;
    }
}
