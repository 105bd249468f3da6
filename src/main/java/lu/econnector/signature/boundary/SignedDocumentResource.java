package lu.econnector.signature.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import lu.econnector.auth.entity.Professional;
import lu.econnector.signature.control.DocumentSigning;
import lu.econnector.template.boundary.PreviewResource;
import lu.econnector.template.control.DocumentPreview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/v1/documents/{templateId}/signed")
@RequestScoped
@Tag(name = "Documents", description = "CNS documents rendered, signed and deposited")
@SecurityRequirement(name = "aes")
public class SignedDocumentResource {

    @Inject
    DocumentPreview preview;

    @Inject
    DocumentSigning signing;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @Operation(summary = "Render and sign a document (PAdES-BASELINE-T through the KMS)",
            description = "As the preview, then signed in the professional's name by the KMS, with an RFC 3161 "
                    + "timestamp. Every KMS answer is checked before it goes into the PDF.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateData"),
            examples = @ExampleObject(name = "mh", value = PreviewResource.MH_EXAMPLE)))
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
        Professional professional = (Professional) security.getUserPrincipal();
        byte[] signed = signing.sign(preview.render(templateId, body, professional), professional);
        return Response.ok(signed, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + templateId + "-signed.pdf\"")
                .build();
    }
}
