package lu.econnector.activity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import lu.econnector.activity.entity.Stage;

/**
 * Counts and times the pipeline's stages and the upstream calls: in the server's MicroProfile
 * Metrics registry where it has one ({@link MicroProfileMeters} lists the metrics), in this
 * instance's memory otherwise ({@link LocalMeters}), so that the same WAR deploys on a server
 * without MicroProfile Metrics (WildFly) and its console still shows the counts.
 */
@ApplicationScoped
public class Activity implements UpstreamCallRecorder {

    /** {@link MicroProfileMeters}, where the server has MicroProfile Metrics. */
    @Inject
    Instance<ActivityMeters> serverMeters;

    private ActivityMeters meters;

    @PostConstruct
    void chooseMeters() {
        meters = serverMeters.isResolvable() ? serverMeters.get() : new LocalMeters();
    }

    /** Runs one stage of one document, timing it and counting it when it succeeds. */
    public <T> T stage(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            T result = work.get();
            meters.documentDone(stage);
            return result;
        } finally {
            meters.stageTimed(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public void upstreamCall(String upstream, String operation, long nanos, boolean failed) {
        meters.upstreamCalled(upstream, operation, Duration.ofNanos(nanos), failed);
    }

    public long documents(Stage stage) {
        return meters.documents(stage);
    }

    public long upstreamErrors(String upstream) {
        return meters.upstreamErrors(upstream);
    }
}
