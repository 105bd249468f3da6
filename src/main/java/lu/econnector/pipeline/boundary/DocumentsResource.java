package lu.econnector.pipeline.boundary;

import static lu.econnector.pipeline.boundary.ReceiptResponse.PROBLEM_WITH_MESSAGE_ID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.control.BatchSubmissions;
import lu.econnector.pipeline.control.DocumentPipeline;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.problem.control.RequestMessageId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A document made from a vendor's data, as far along the pipeline as the vendor asks: rendered
 * (preview), signed, or signed and deposited on mySecu (submissions).
 */
@Path("api/v1/documents/{templateId}")
@RequestScoped
@Tag(name = "Documents", description = "CNS documents rendered, signed and deposited")
@SecurityRequirement(name = "aes")
public class DocumentsResource {

    @Inject
    DocumentPipeline pipeline;

    @Inject
    BatchSubmissions batches;

    @Inject
    RequestMessageId messageId;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @Operation(summary = "Render an unsigned document (PDF/A-3b, the data embedded as data.json)",
            description = "The data is validated against the template's schema and rules first: every violation "
                    + "comes back in one 422 problem with JSON Pointer paths. The professional comes from the token.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateData"),
            examples = @ExampleObject(name = "mh", value = DocumentExamples.MH)))
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The data violates the template's schema or rules",
            content = @Content(mediaType = "application/problem+json"))
    public Response preview(@PathParam("templateId") String templateId, String body) {
        byte[] pdf = pipeline.render(templateId, body, professional()).pdf();
        return pdf(pdf, templateId + "-preview.pdf");
    }

    @POST
    @Path("signed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @Operation(summary = "Render and sign a document (PAdES-BASELINE-T through the KMS)",
            description = "As the preview, then signed in the professional's name by the KMS, with an RFC 3161 "
                    + "timestamp. Every KMS answer is checked before it goes into the PDF.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateData"),
            examples = @ExampleObject(name = "mh", value = DocumentExamples.MH)))
    @APIResponse(responseCode = "200", description = "The signed PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "403", description = "Remote signature not enabled for the professional",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The data violates the template's schema or rules",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "502", description = "The KMS answered something that must not go into a document",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The KMS is down, its circuit open, or too many signatures "
            + "in progress (Retry-After)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "504", description = "The KMS did not answer in time",
            content = @Content(mediaType = "application/problem+json"))
    public Response signed(@PathParam("templateId") String templateId, String body) {
        byte[] pdf = pipeline.sign(templateId, body, professional()).pdf();
        return pdf(pdf, templateId + "-signed.pdf");
    }

    @POST
    @Path("submissions")
    @DepositsOnMySecu
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render, sign and deposit a document on mySecu",
            description = "As /signed, then deposited with syncexchange. 201 with the receipt and the signed PDF "
                    + "(base64), the very bytes deposited; 200 when mySecu answered a message id it had already.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateData"),
            examples = @ExampleObject(name = "mh", value = DocumentExamples.MH)))
    @APIResponse(responseCode = "201", description = ReceiptResponse.CREATED + ", document: the signed PDF)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "SubmissionReceipt")))
    @APIResponse(responseCode = "200", description = ReceiptResponse.REPLAYED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "SubmissionReceipt")))
    @APIResponse(responseCode = "400", description = "A malformed Idempotency-Key (no message id is made of it)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Remote signature or mySecu not enabled for the professional"
            + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such template" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Invalid data, the key used with another request, or mySecu "
            + "rejected the document (codes)" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "502", description = "An upstream answered a fault or nonsense"
            + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "An upstream is down" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "504", description = "An upstream did not answer in time: mySecu may still have "
            + "taken the deposit; retry with the same Idempotency-Key" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    public Response submit(@PathParam("templateId") String templateId,
                           @Parameter(in = ParameterIn.HEADER, description = ReceiptResponse.IDEMPOTENCY_KEY_DOC)
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           String body) {
        MessageId id = new MessageId(messageId.fixed(), idempotencyKey != null);
        return ReceiptResponse.of(pipeline.submit(templateId, body, professional(), id));
    }

    @POST
    @Path("batch-submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render, sign and deposit up to 100 documents of one template",
            description = "Each item is a submission of its own, as POST /submissions with the item's "
                    + "idempotencyKey as its Idempotency-Key: its own mySecu message id, deposited once per key. "
                    + "A few items run at once. The answer lists every item in the order given, with the status "
                    + "its own submission would have answered and its receipt (201, or 200 when mySecu replayed "
                    + "its first answer) or its problem (which names its messageId): one item's failure never "
                    + "stops the others. Sending the same batch again returns the first receipts.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "BatchSubmission"),
            examples = @ExampleObject(name = "mh", value = DocumentExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "Every item's outcome, in the order given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "BatchSubmissionOutcomes")))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not a batch: not an object with 1 to 100 items, an item not "
            + "an object, or an idempotencyKey not a string (each at its JSON Pointer)",
            content = @Content(mediaType = "application/problem+json"))
    public Response submitBatch(@PathParam("templateId") String templateId, String body) {
        BatchAnswer answer = BatchAnswer.of(batches.submit(templateId, BatchRequest.items(body), professional()),
                uri.getRequestUri().getRawPath());
        return Response.ok(answer, MediaType.APPLICATION_JSON).build();
    }

    private Professional professional() {
        return (Professional) security.getUserPrincipal();
    }

    private static Response pdf(byte[] pdf, String filename) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .build();
    }
}
