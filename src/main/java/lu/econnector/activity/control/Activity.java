package lu.econnector.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import lu.econnector.activity.entity.Stage;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times the pipeline's stages and the upstream calls, in the application's
 * metric registry:
 * <ul>
 *   <li>{@code econnector.documents{stage=rendered|signed|deposited}}: documents finished;</li>
 *   <li>{@code econnector.stage.duration{stage=render|sign|deposit}}: their time, failures included;</li>
 *   <li>{@code econnector.upstream.calls{upstream,operation}}: each call's latency;</li>
 *   <li>{@code econnector.upstream.errors{upstream}}: calls that failed (refusals of a
 *       professional excluded: the upstream worked).</li>
 * </ul>
 */
@ApplicationScoped
public class Activity implements UpstreamCallRecorder {

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

    /** Runs one stage of one document, timing it and counting it when it succeeds. */
    public <T> T stage(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            T result = work.get();
            registry.counter(DOCUMENTS, new Tag("stage", stage.done())).inc();
            return result;
        } finally {
            registry.timer(STAGE_DURATION, new Tag("stage", stage.name().toLowerCase()))
                    .update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public void upstreamCall(String upstream, String operation, long nanos, boolean failed) {
        registry.timer(UPSTREAM_CALLS, new Tag("upstream", upstream), new Tag("operation", operation))
                .update(Duration.ofNanos(nanos));
        if (failed) {
            registry.counter(UPSTREAM_ERRORS, new Tag("upstream", upstream)).inc();
        }
    }

    public long documents(Stage stage) {
        return registry.counter(DOCUMENTS, new Tag("stage", stage.done())).getCount();
    }

    public long upstreamErrors(String upstream) {
        return registry.counter(UPSTREAM_ERRORS, new Tag("upstream", upstream)).getCount();
    }
}
