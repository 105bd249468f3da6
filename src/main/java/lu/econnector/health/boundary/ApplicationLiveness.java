package lu.econnector.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Startup;
import lu.econnector.config.boundary.StartupGate;

/**
 * Liveness and startup: the application deployed and passed its startup checks. Upstream
 * outages never fail liveness (restarting the pod would not bring the KMS back).
 */
@Liveness
@Startup
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    StartupGate startupGate;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("econnector").status(startupGate.passed()).build();
    }
}
