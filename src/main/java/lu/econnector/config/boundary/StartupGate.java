package lu.econnector.config.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import lu.econnector.config.control.StartupVerdict;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.EconnectorStarted;
import lu.econnector.config.entity.InvalidConfigurationException;
import lu.econnector.platform.AppLog;

/**
 * Fails the deployment, on any server, when the startup checks refuse the configuration;
 * the refusal is logged one line per problem, after the terms of use when they were not
 * accepted. Then applies {@code DEBUG_LOG} and announces {@link EconnectorStarted}.
 */
@ApplicationScoped
public class StartupGate {

    private static final Logger LOG = AppLog.of(StartupGate.class);

    @Inject
    Configuration configuration;

    @Inject
    Event<EconnectorStarted> started;

    private volatile boolean passed;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        StartupVerdict verdict = configuration.verdict();
        if (!verdict.passed()) {
            verdict.report().forEach(LOG::severe);
            throw new InvalidConfigurationException(verdict.problems());
        }
        EconnectorConfig config = verdict.config();
        AppLog.debug(config.debugLog());
        passed = true;
        LOG.info(() -> "eConnector started: profile " + config.profile() + (config.debugLog() ? ", debug log" : ""));
        EconnectorStarted event = new EconnectorStarted(config);
        started.fire(event);
        started.fireAsync(event); // warm-ups, off the deployment's thread
    }

    public boolean passed() {
        return passed;
    }
}
