package lu.econnector.template.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.EconnectorStarted;
import lu.econnector.platform.AppLog;
import lu.econnector.template.control.TemplateSync;

/**
 * Runs the iHUB synchronisation every {@code IHUB_POLL_INTERVAL_MINUTES}, the first time
 * shortly after the startup checks have passed (not at the container's start-up: with a
 * refused configuration nothing may run). The timer is not persistent: a restarted instance starts again
 * from its bundled templates and synchronises at once, and instances behind a load balancer
 * each keep their own catalogue (the eConnector is stateless).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // TemplateSync serialises rounds itself
public class TemplateSyncSchedule {

    /** Late enough not to compete with the deployment, early enough that iHUB's versions are soon in use. */
    static final Duration FIRST_ROUND_DELAY = Duration.ofSeconds(3);
    private static final Logger LOG = AppLog.of(TemplateSyncSchedule.class);

    @Resource
    TimerService timers;

    @Inject
    TemplateSync sync;

    public void schedule(@Observes EconnectorStarted started) {
        EconnectorConfig config = started.config();
        Duration interval = config.ihub().pollInterval();
        timers.createIntervalTimer(FIRST_ROUND_DELAY.toMillis(), interval.toMillis(),
                new TimerConfig("ihub-template-sync", false));
        LOG.info(() -> "iHUB template sync every " + interval + " from " + config.ihub().url());
    }

    @Timeout
    void round() {
        try {
            if (sync.syncUnlessRunning().isEmpty()) {
                LOG.fine("iHUB template sync: a round is still running; this one is skipped");
            }
        } catch (RuntimeException e) {
            // A timeout method that throws is retried by the container, then its timer may be lost.
            LOG.log(Level.SEVERE, "iHUB template sync failed unexpectedly; the active templates stay", e);
        }
    }
}
