package lu.econnector.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import lu.econnector.config.entity.EconnectorStarted;

/** When this eConnector started (its startup checks passed), for the console's uptime. */
@ApplicationScoped
public class StartTime {

    private volatile Instant startedAt = Instant.now();

    void started(@Observes EconnectorStarted started) {
        startedAt = Instant.now();
    }

    public Duration uptime() {
        return Duration.between(startedAt, Instant.now());
    }
}
