package lu.econnector.signature.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lu.econnector.signature.control.PdfIntake;
import lu.econnector.signature.control.SignatureValidation;
import lu.econnector.signature.entity.SignatureReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/v1/validations")
@RequestScoped
@Tag(name = "Signatures", description = "Signing and validating PDFs")
@SecurityRequirement(name = "aes")
public class ValidationsResource {

    @Inject
    SignatureValidation validation;

    @Inject
    PdfIntake intake;

    @POST
    @Consumes("application/pdf")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate the signatures of a PDF (EU DSS, default policy, the truststore's roots)",
            description = "Per signature: signer, signing time, timestamp time, PAdES level, and DSS's indication "
                    + "(TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED) with its sub-indication and errors, and "
                    + "validationDataEmbedded: whether the document carries what verifying it offline needs "
                    + "(PAdES-BASELINE-LT or -LTA). "
                    + "valid is true when there is at least one signature and all passed.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignatureReport")))
    @APIResponse(responseCode = "422", description = "Not a readable PDF, an encrypted one, one beyond the limits "
            + "on uploaded PDFs, or one that took longer than VALIDATION_TIMEOUT_MS to validate",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Too many PDFs being read or validated (Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    public SignatureReport validate(byte[] pdf) {
        return validation.validate(intake.check(pdf));
    }
}
