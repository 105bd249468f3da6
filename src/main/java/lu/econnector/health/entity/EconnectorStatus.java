package lu.econnector.health.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The body of {@code GET /econnector/status}.
 *
 * @param status UP, DEGRADED (an optional upstream is down) or DOWN (a required one is)
 */
@JsonbPropertyOrder({"status", "version", "profile", "checkedAt", "upstreams"})
public record EconnectorStatus(Availability status, String version, String profile, Instant checkedAt,
                               List<UpstreamStatus> upstreams) {

    /** One upstream as the status shows it. */
    @JsonbPropertyOrder({"name", "title", "required", "status", "latencyMillis", "lastCheck", "detail"})
    public record UpstreamStatus(String name, String title, boolean required, Availability status,
                                 long latencyMillis, Instant lastCheck, String detail) {

        static UpstreamStatus of(ProbeResult result) {
            return new UpstreamStatus(result.upstream().id(), result.upstream().title(), result.upstream().required(),
                    result.availability(), result.latencyMillis(), result.checkedAt(), result.detail());
        }
    }

    public static EconnectorStatus of(String version, String profile, Collection<ProbeResult> results) {
        List<UpstreamStatus> upstreams = results.stream().map(UpstreamStatus::of).toList();
        Availability overall = results.stream().anyMatch(r -> r.availability() == Availability.DOWN)
                ? Availability.DOWN
                : results.stream().anyMatch(r -> r.availability() != Availability.UP)
                ? Availability.DEGRADED : Availability.UP;
        Instant checkedAt = results.stream().map(ProbeResult::checkedAt).max(Instant::compareTo).orElse(Instant.now());
        return new EconnectorStatus(overall, version, profile, checkedAt, upstreams);
    }

    public boolean usable() {
        return status != Availability.DOWN;
    }
}
