package lu.econnector.config.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import lu.econnector.config.control.LicenceTerms;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The terms of use, public: the contract's licence URL points here, so it must answer without a token. */
@Path("terms")
@ApplicationScoped
@Tag(name = "Status")
public class TermsResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The terms of use, which the operator accepts with ACCEPT_LICENSE=true")
    @APIResponse(responseCode = "200", description = "The terms",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header admits no text/plain",
            content = @Content(mediaType = "application/problem+json"))
    public String terms() {
        return LicenceTerms.text();
    }
}
