package lu.econnector.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import lu.econnector.activity.entity.Stage;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

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

    @Inject
    MetricRegistry registry;

    @Override
    public void documentDone(Stage stage) {
        registry.counter(DOCUMENTS, new Tag("stage", stage.done())).inc();
    }

    @Override
    public void stageTimed(Stage stage, Duration duration) {
        registry.timer(STAGE_DURATION, new Tag("stage", stage.name().toLowerCase())).update(duration);
    }

    @Override
    public void upstreamCalled(String upstream, String operation, Duration duration, boolean failed) {
        registry.timer(UPSTREAM_CALLS, new Tag("upstream", upstream), new Tag("operation", operation)).update(duration);
        if (failed) {
            registry.counter(UPSTREAM_ERRORS, new Tag("upstream", upstream)).inc();
        }
    }

    @Override
    public long documents(Stage stage) {
        return registry.counter(DOCUMENTS, new Tag("stage", stage.done())).getCount();
    }

    @Override
    public long upstreamErrors(String upstream) {
        return registry.counter(UPSTREAM_ERRORS, new Tag("upstream", upstream)).getCount();
    }
}
