package lu.econnector.health.boundary;

import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import lu.econnector.health.control.UpstreamMonitor;
import lu.econnector.health.entity.Availability;
import lu.econnector.health.entity.ProbeResult;
import lu.econnector.platform.Upstream;

/**
 * The readiness check of one upstream, with its latency and last check as data. An
 * optional upstream (iHUB) is reported up with {@code degraded: true} when unreachable, so
 * that its loss never takes the instance out of a load balancer.
 */
abstract class UpstreamReadiness implements HealthCheck {

    @Inject
    UpstreamMonitor monitor;

    abstract Upstream upstream();

    @Override
    public HealthCheckResponse call() {
        ProbeResult result = monitor.current(upstream());
        HealthCheckResponseBuilder response = HealthCheckResponse.named(upstream().id())
                .status(result.availability() != Availability.DOWN)
                .withData("availability", result.availability().name())
                .withData("latencyMillis", result.latencyMillis())
                .withData("lastCheck", result.checkedAt().toString());
        if (result.detail() != null) {
            response.withData("detail", result.detail());
        }
        if (result.availability() == Availability.DEGRADED) {
            response.withData("degraded", true);
        }
        return response.build();
    }
}
