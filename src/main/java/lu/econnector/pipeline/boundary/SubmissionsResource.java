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
import java.nio.charset.StandardCharsets;
import lu.econnector.platform.Sha256;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.control.IdempotentSubmissions;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.problem.control.RequestMessageId;
import lu.econnector.template.boundary.PreviewResource;
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

@Path("api/v1/documents/{templateId}/submissions")
@RequestScoped
@DepositsOnMySecu
@Tag(name = "Documents", description = "CNS documents rendered, signed and deposited")
@SecurityRequirement(name = "aes")
public class SubmissionsResource {

    @Inject
    SubmissionPipeline pipeline;

    @Inject
    IdempotentSubmissions idempotent;

    @Inject
    RequestMessageId messageId;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render, sign and deposit a document on mySecu",
            description = "As /signed, then deposited with syncexchange. 201 with the receipt and the signed PDF "
                    + "(base64), the very bytes deposited; 200 when mySecu answered a message id it had already.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateData"),
            examples = @ExampleObject(name = "mh", value = PreviewResource.MH_EXAMPLE)))
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
        Professional professional = (Professional) security.getUserPrincipal();
        String id = messageId.fixed();
        SubmissionReceipt receipt = idempotencyKey == null
                ? pipeline.submit(templateId, body, professional, id)
                : idempotent.once(id, Sha256.hex((templateId + "\n" + body).getBytes(StandardCharsets.UTF_8)),
                        () -> pipeline.submit(templateId, body, professional, id));
        return ReceiptResponse.of(receipt);
    }
}
