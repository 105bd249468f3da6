package lu.econnector.auth.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import lu.econnector.auth.entity.Professional;
import lu.econnector.auth.entity.ProfessionalView;

@Path("api/v1/me")
@RequestScoped
@Tag(name = "Professional", description = "Who the eConnector acts for")
@SecurityRequirement(name = "aes")
public class MeResource {

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The professional the access token names",
            description = "Lets a vendor check a professional's token and enrolment before sending documents.")
    @APIResponse(responseCode = "200", description = "The professional",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProfessionalView.class),
                    examples = @ExampleObject(name = "dr.muller", value = """
                            {"psCode":"90812100","name":"Dr Anne Muller","username":"dr.muller",
                             "clientId":"sandbox-vendor"}""")))
    @APIResponse(responseCode = "401", description = "No token, or a token refused (WWW-Authenticate says why)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "The AeS keys cannot be fetched",
            content = @Content(mediaType = "application/problem+json"))
    public ProfessionalView me() {
        return ProfessionalView.of((Professional) security.getUserPrincipal());
    }
}
