package lu.econnector.template.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import lu.econnector.platform.Jsons;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.entity.ActiveTemplate;
import lu.econnector.template.entity.TemplateSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/v1/templates")
@RequestScoped
@Tag(name = "Templates", description = "The CNS document templates in use")
@SecurityRequirement(name = "aes")
public class TemplatesResource {

    private static final JsonProvider JSON = Jsons.provider();

    @Inject
    TemplateCatalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The active templates: id, version, title, source (bundled or ihub), SHA-256")
    @APIResponse(responseCode = "200", description = "The active templates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TemplateSummaries")))
    public List<TemplateSummary> templates() {
        return catalog.active().stream().map(TemplateSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One template, with the JSON Schema its data must satisfy")
    @APIResponse(responseCode = "200", description = "The template: its summary and, under schema, the JSON Schema "
            + "(draft 2020-12) of its data", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TemplateDetail")))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = "application/problem+json"))
    public JsonObject template(@PathParam("id") String id) {
        ActiveTemplate active = catalog.activeTemplate(id);
        TemplateSummary summary = TemplateSummary.of(active);
        return JSON.createObjectBuilder()
                .add("id", summary.id())
                .add("version", summary.version())
                .add("title", JSON.createObjectBuilder(Map.copyOf(summary.title())))
                .add("source", summary.source().name())
                .add("sha256", summary.sha256())
                .add("schema", active.template().schema())
                .build();
    }
}
