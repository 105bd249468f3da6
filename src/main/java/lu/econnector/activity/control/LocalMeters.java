package lu.econnector.activity.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import lu.econnector.activity.entity.Stage;

/**
 * The counts the admin console shows, kept in this instance's memory, on a server without
 * MicroProfile Metrics. Timings are not kept: nothing here would export them.
 */
final class LocalMeters implements ActivityMeters {

    private final Map<Stage, LongAdder> documents = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> upstreamErrors = new ConcurrentHashMap<>();

    @Override
    public void documentDone(Stage stage) {
        documents.computeIfAbsent(stage, s -> new LongAdder()).increment();
    }

    @Override
    public void stageTimed(Stage stage, Duration duration) {
        // not exported anywhere on such a server
    }

    @Override
    public void upstreamCalled(String upstream, String operation, Duration duration, boolean failed) {
        if (failed) {
            upstreamErrors.computeIfAbsent(upstream, u -> new LongAdder()).increment();
        }
    }

    @Override
    public long documents(Stage stage) {
        LongAdder count = documents.get(stage);
        return count == null ? 0 : count.sum();
    }

    @Override
    public long upstreamErrors(String upstream) {
        LongAdder count = upstreamErrors.get(upstream);
        return count == null ? 0 : count.sum();
    }
}
