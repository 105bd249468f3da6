package lu.econnector.activity.control;

import java.time.Duration;
import lu.econnector.activity.entity.Stage;

/**
 * Where {@link Activity} keeps its counts and timings: the server's MicroProfile Metrics
 * registry where there is one (Payara), the application's own memory where there is none
 * (WildFly, which replaced MicroProfile Metrics with Micrometer).
 */
interface ActivityMeters {

    void documentDone(Stage stage);

    void stageTimed(Stage stage, Duration duration);

    void upstreamCalled(String upstream, String operation, Duration duration, boolean failed);

    long documents(Stage stage);

    long upstreamErrors(String upstream);
}
