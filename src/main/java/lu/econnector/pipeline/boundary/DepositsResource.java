package lu.econnector.pipeline.boundary;

import static lu.econnector.pipeline.boundary.ReceiptResponse.PROBLEM_WITH_MESSAGE_ID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import lu.econnector.platform.Sha256;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.control.DepositCheck;
import lu.econnector.pipeline.control.IdempotentSubmissions;
import lu.econnector.pipeline.control.TemplateVersionParameter;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.problem.control.RequestMessageId;
import lu.econnector.signature.control.PdfIntake;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.entity.TemplatePackage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/v1/deposits")
@RequestScoped
@DepositsOnMySecu
@Tag(name = "Documents", description = "CNS documents rendered, signed and deposited")
@SecurityRequirement(name = "aes")
public class DepositsResource {

    @Inject
    SubmissionPipeline pipeline;

    @Inject
    IdempotentSubmissions idempotent;

    @Inject
    TemplateCatalog catalog;

    @Inject
    RequestMessageId messageId;

    @Inject
    DepositCheck depositCheck;

    @Inject
    PdfIntake intake;

    @Context
    SecurityContext security;

    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deposit an already signed PDF on mySecu",
            description = "The document type is the template it was made with (mh, pid, ecit): "
                    + "MH.DEPOSIT, PID.DEPOSIT or ECIT.DEPOSIT.")
    @APIResponse(responseCode = "201", description = ReceiptResponse.CREATED + ")",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "SubmissionReceipt")))
    @APIResponse(responseCode = "200", description = ReceiptResponse.REPLAYED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "SubmissionReceipt")))
    @APIResponse(responseCode = "400", description = "A malformed Idempotency-Key (no message id is made of it) or "
            + "templateVersion", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such template" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not a readable PDF; no valid signature of the professional "
            + "covering the whole document; made with another template or version; the key used with another PDF; "
            + "or mySecu rejected it (codes)" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "mySecu refuses to act for the professional (not enrolled)"
            + PROBLEM_WITH_MESSAGE_ID, content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "502", description = "mySecu answered a fault or nonsense" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "mySecu is down or its circuit open, or too many PDFs are being "
            + "read (Retry-After)" + PROBLEM_WITH_MESSAGE_ID, content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "504", description = "mySecu did not answer in time and may still have taken the "
            + "deposit; retry with the same Idempotency-Key" + PROBLEM_WITH_MESSAGE_ID,
            content = @Content(mediaType = "application/problem+json"))
    public Response deposit(@Parameter(description = "mh, pid or ecit", required = true)
                            @QueryParam("templateId") String templateId,
                            @Parameter(description = "the template version it was made with; default the active one")
                            @QueryParam("templateVersion") String templateVersion,
                            @Parameter(in = ParameterIn.HEADER, description = ReceiptResponse.IDEMPOTENCY_KEY_DOC)
                            @HeaderParam("Idempotency-Key") String idempotencyKey,
                            byte[] pdf) {
        Professional professional = (Professional) security.getUserPrincipal();
        TemplatePackage template = catalog.template(templateId == null ? "" : templateId);
        String version = TemplateVersionParameter.resolve(templateVersion, template);
        String id = messageId.fixed();
        byte[] document = intake.check(pdf);
        depositCheck.check(document, professional, template.id(), version);
        SubmissionReceipt receipt = idempotencyKey == null
                ? pipeline.deposit(template.id(), version, document, professional, id)
                : idempotent.once(id, Sha256.hex(document),
                        () -> pipeline.deposit(template.id(), version, document, professional, id));
        return ReceiptResponse.of(receipt);
    }
}
