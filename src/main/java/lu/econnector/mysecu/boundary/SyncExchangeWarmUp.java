package lu.econnector.mysecu.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.config.entity.EconnectorStarted;
import lu.econnector.mysecu.control.SyncExchangeClient;
import lu.econnector.platform.AppLog;

/**
 * Starts Metro and builds the first syncexchange port once the eConnector has started, off the
 * deployment's thread: the first submission then costs what any other does.
 */
@ApplicationScoped
public class SyncExchangeWarmUp {

    private static final Logger LOG = AppLog.of(SyncExchangeWarmUp.class);

    @Inject
    SyncExchangeClient syncExchange;

    void warmUp(@ObservesAsync EconnectorStarted started) {
        long begin = System.nanoTime();
        try {
            syncExchange.warmUp();
            LOG.fine(() -> "syncexchange client ready in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            // Nothing lost: the first deposit builds its port itself, and says what fails.
            LOG.log(Level.WARNING, "syncexchange client warm-up failed", e);
        }
    }
}
