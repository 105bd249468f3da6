package lu.econnector.template.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import lu.econnector.auth.entity.Professional;
import lu.econnector.template.control.DocumentPreview;

@Path("api/v1/documents/{templateId}/preview")
@RequestScoped
@Tag(name = "Documents", description = "CNS documents rendered, signed and deposited")
@SecurityRequirement(name = "aes")
public class PreviewResource {

    public static final String MH_EXAMPLE = """
            {"practice":{"street":"1, rue de la Gare","postalCode":"L-1611","city":"Luxembourg"},
             "patient":{"matricule":"1985061512347","lastName":"Schmit","firstName":"Jean"},
             "invoiceNumber":"2026-000123","issueDate":"2026-11-27",
             "acts":[{"date":"2026-11-27","code":"C1","label":"Consultation","quantity":1,"amount":"52.50"}],
             "totalAmount":"52.50","paid":true}""";

    @Inject
    DocumentPreview preview;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @Operation(summary = "Render an unsigned document (PDF/A-3b, the data embedded as data.json)",
            description = "The data is validated against the template's schema and rules first: every violation "
                    + "comes back in one 422 problem with JSON Pointer paths. The professional comes from the token.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateData"), examples = @ExampleObject(name = "mh", value = MH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The data violates the template's schema or rules",
            content = @Content(mediaType = "application/problem+json"))
    public Response preview(@PathParam("templateId") String templateId, String body) {
        byte[] pdf = preview.render(templateId, body, (Professional) security.getUserPrincipal());
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + templateId + "-preview.pdf\"")
                .build();
    }
}
