package lu.econnector.signature.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import lu.econnector.auth.entity.Professional;
import lu.econnector.signature.control.DocumentSigning;
import lu.econnector.signature.control.PdfIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/v1/signatures")
@RequestScoped
@Tag(name = "Signatures", description = "Signing and validating PDFs")
@SecurityRequirement(name = "aes")
public class SignaturesResource {

    @Inject
    DocumentSigning signing;

    @Inject
    PdfIntake intake;

    @Context
    SecurityContext security;

    @POST
    @Consumes("application/pdf")
    @Produces("application/pdf")
    @Operation(summary = "Sign a PDF the vendor produced (PAdES-BASELINE-T, incremental update)",
            description = "The PDF's earlier signatures stay valid: the signature is appended, the original bytes "
                    + "are untouched.")
    @APIResponse(responseCode = "200", description = "The signed PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "403", description = "Remote signature not enabled for the professional",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Over MAX_REQUEST_BODY_BYTES",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not a readable PDF, an encrypted one, or one beyond the "
            + "limits on uploaded PDFs (pages, objects, revisions, decoded size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Too many PDFs being read or signed (Retry-After), or the KMS "
            + "is down", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "502", description = "The KMS answered something that must not go into a document",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "504", description = "The KMS did not answer in time",
            content = @Content(mediaType = "application/problem+json"))
    public Response sign(byte[] pdf) {
        byte[] signed = signing.sign(intake.check(pdf), (Professional) security.getUserPrincipal());
        return Response.ok(signed, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"signed.pdf\"")
                .build();
    }
}
