package lu.econnector.health.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.health.control.BuildInfo;
import lu.econnector.health.control.UpstreamMonitor;
import lu.econnector.health.entity.EconnectorStatus;

@Path("status")
@RequestScoped
@Tag(name = "Status", description = "The eConnector's own status and its upstreams' health")
public class StatusResource {

    @Inject
    UpstreamMonitor monitor;

    @Inject
    EconnectorConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Is the eConnector usable?",
            description = "200 while usable (iHUB may be down: status DEGRADED), 503 when a required upstream "
                    + "(AeS, KMS or mySecu) is down. Upstream checks are at most a few seconds old.")
    @APIResponse(responseCode = "200", description = "Usable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "EconnectorStatus"),
                    examples = @ExampleObject(name = "up", value = StatusExamples.UP)))
    @APIResponse(responseCode = "503", description = "A required upstream is down",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "EconnectorStatus")))
    @APIResponse(responseCode = "406", description = "The Accept header admits no application/json",
            content = @Content(mediaType = "application/problem+json"))
    public Response status() {
        EconnectorStatus status = EconnectorStatus.of(BuildInfo.version(), config.profile().id(),
                monitor.current().values());
        return Response.status(status.usable() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(status)
                .build();
    }
}
