package lu.econnector.template.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.entity.ActiveTemplate;
import lu.econnector.template.entity.TemplateSummary;

@Path("api/v1/templates")
@RequestScoped
@Tag(name = "Templates", description = "The CNS document templates in use")
@SecurityRequirement(name = "aes")
public class TemplatesResource {

    @Inject
    TemplateCatalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The active templates: id, version, title, source (bundled or ihub), SHA-256")
    public List<TemplateSummary> templates() {
        return catalog.active().stream().map(TemplateSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One template, with the JSON Schema its data must satisfy")
    public JsonObject template(@PathParam("id") String id) {
        ActiveTemplate active = catalog.activeTemplate(id);
        TemplateSummary summary = TemplateSummary.of(active);
        return Json.createObjectBuilder()
                .add("id", summary.id())
                .add("version", summary.version())
                .add("title", Json.createObjectBuilder(Map.copyOf(summary.title())))
                .add("source", summary.source().name())
                .add("sha256", summary.sha256())
                .add("schema", active.template().schema())
                .build();
    }
}
