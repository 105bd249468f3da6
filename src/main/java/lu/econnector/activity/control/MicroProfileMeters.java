package lu.econnector.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.activity.entity.Stage;
import lu.econnector.platform.AppLog;
import lu.econnector.platform.Upstream;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The activity in the server's MicroProfile Metrics registry, exported where the server
 * exports metrics ({@code /metrics} on Payara):
 * <ul>
 *   <li>{@code econnector.documents{stage=rendered|signed|deposited}}: documents finished;</li>
 *   <li>{@code econnector.stage.duration{stage=render|sign|deposit}}: their time, failures included;</li>
 *   <li>{@code econnector.upstream.calls{upstream,operation}}: each call's latency;</li>
 *   <li>{@code econnector.upstream.errors{upstream}}: calls that failed (refusals of a
 *       professional excluded: the upstream worked).</li>
 * </ul>
 * The only bean of its type: on a server without the MicroProfile Metrics API (WildFly) its
 * class cannot be loaded, so CDI leaves it out and {@link Activity} counts in memory. The
 * registry is injected, not looked up: Payara's producer reads the injection point.
 */
@ApplicationScoped
class MicroProfileMeters implements ActivityMeters {

    private static final Metadata DOCUMENTS = Metadata.builder().withName("econnector.documents")
            .withDescription("Documents that finished a pipeline stage").build();
    private static final Metadata STAGE_DURATION = Metadata.builder().withName("econnector.stage.duration")
            .withDescription("Time spent in a pipeline stage, failures included").withUnit(MetricUnits.NANOSECONDS)
            .build();
    private static final Metadata UPSTREAM_CALLS = Metadata.builder().withName("econnector.upstream.calls")
            .withDescription("Calls to an upstream and their latency").withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata UPSTREAM_ERRORS = Metadata.builder().withName("econnector.upstream.errors")
            .withDescription("Upstream calls that failed").build();

    private static final Logger LOG = AppLog.of(MicroProfileMeters.class);

    @Inject
    MetricRegistry registry;

    /**
     * Each meter looked up once and kept. Payara's registry finds the application from the
     * calling thread's invocation context: looked up on a thread of no application (the JDK
     * HTTP client's, where an upstream call may complete) it throws. A meter kept from an
     * earlier look-up counts on any thread, and the ones known in advance are looked up at
     * start, on the application's thread.
     */
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    void lookUpAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (Stage stage : Stage.values()) {
            counter(DOCUMENTS, new Tag("stage", stage.done()));
            timer(STAGE_DURATION, new Tag("stage", stage.name().toLowerCase()));
        }
        for (Upstream upstream : Upstream.values()) {
            counter(UPSTREAM_ERRORS, new Tag("upstream", upstream.id()));
        }
        // Fetched by Nimbus on the HTTP client's threads, possibly before any request.
        timer(UPSTREAM_CALLS, new Tag("upstream", Upstream.AES.id()), new Tag("operation", "discovery"));
    }

    @Override
    public void documentDone(Stage stage) {
        counter(DOCUMENTS, new Tag("stage", stage.done())).inc();
    }

    @Override
    public void stageTimed(Stage stage, Duration duration) {
        timer(STAGE_DURATION, new Tag("stage", stage.name().toLowerCase())).update(duration);
    }

    @Override
    public void upstreamCalled(String upstream, String operation, Duration duration, boolean failed) {
        try {
            timer(UPSTREAM_CALLS, new Tag("upstream", upstream), new Tag("operation", operation)).update(duration);
            if (failed) {
                counter(UPSTREAM_ERRORS, new Tag("upstream", upstream)).inc();
            }
        } catch (RuntimeException outsideTheApplication) {
            // Only a first look-up on a thread of no application fails; the call itself went on.
            LOG.log(Level.FINE, "{0} {1} not counted: {2}", new Object[] {upstream, operation, outsideTheApplication});
        }
    }

    @Override
    public long documents(Stage stage) {
        return counter(DOCUMENTS, new Tag("stage", stage.done())).getCount();
    }

    @Override
    public long upstreamErrors(String upstream) {
        return counter(UPSTREAM_ERRORS, new Tag("upstream", upstream)).getCount();
    }

    private Counter counter(Metadata metadata, Tag... tags) {
        return counters.computeIfAbsent(key(metadata, tags), k -> registry.counter(metadata, tags));
    }

    private Timer timer(Metadata metadata, Tag... tags) {
        return timers.computeIfAbsent(key(metadata, tags), k -> registry.timer(metadata, tags));
    }

    private static List<String> key(Metadata metadata, Tag... tags) {
        List<String> key = new ArrayList<>(1 + 2 * tags.length);
        key.add(metadata.getName());
        for (Tag tag : tags) {
            key.add(tag.getTagName());
            key.add(tag.getTagValue());
        }
        return key;
    }
}
