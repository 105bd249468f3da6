package lu.econnector.pipeline.boundary;

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
import java.util.UUID;
import lu.econnector.Sha256;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.control.IdempotentSubmissions;
import lu.econnector.pipeline.entity.SubmissionReceipt;
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
@Tag(name = "Documents", description = "CNS documents rendered, signed and deposited")
@SecurityRequirement(name = "aes")
public class SubmissionsResource {

    static final String IDEMPOTENCY_KEY_DOC = "1-64 of [A-Za-z0-9_-]: the mySecu message id. A repeat returns the "
            + "first receipt and deposits nothing more.";

    @Inject
    SubmissionPipeline pipeline;

    @Inject
    IdempotentSubmissions idempotent;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Render, sign and deposit a document on mySecu",
            description = "As /signed, then deposited with syncexchange. 201 with the receipt and the signed PDF "
                    + "(base64), the very bytes deposited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "mh", value = PreviewResource.MH_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Deposited", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionReceipt.class)))
    @APIResponse(responseCode = "403", description = "Remote signature or mySecu not enabled for the professional",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Invalid data, or mySecu rejected the document (codes)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "502", description = "An upstream answered a fault or nonsense",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "An upstream is down", content = @Content(
            mediaType = "application/problem+json"))
    @APIResponse(responseCode = "504", description = "An upstream did not answer in time", content = @Content(
            mediaType = "application/problem+json"))
    public Response submit(@PathParam("templateId") String templateId,
                           @Parameter(in = ParameterIn.HEADER, description = IDEMPOTENCY_KEY_DOC)
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           String body) {
        Professional professional = (Professional) security.getUserPrincipal();
        SubmissionReceipt receipt = idempotencyKey == null
                ? pipeline.submit(templateId, body, professional, UUID.randomUUID().toString())
                : idempotent.once(professional.psCode(), IdempotentSubmissions.checked(idempotencyKey),
                        Sha256.hex((templateId + "\n" + body).getBytes(StandardCharsets.UTF_8)),
                        () -> pipeline.submit(templateId, body, professional, idempotencyKey));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }
}
