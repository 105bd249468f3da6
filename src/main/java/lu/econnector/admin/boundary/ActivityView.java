package lu.econnector.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.entity.Stage;
import lu.econnector.platform.Upstream;

/** The activity page: the counters since start, read from the application's metrics. */
@Named("activity")
@RequestScoped
public class ActivityView {

    public record Count(String key, long value) {
    }

    @Inject
    Activity activity;

    public List<Count> getDocuments() {
        return Arrays.stream(Stage.values()).map(stage -> new Count(stage.done(), activity.documents(stage))).toList();
    }

    public List<Count> getUpstreamErrors() {
        return Arrays.stream(Upstream.values())
                .map(upstream -> new Count(upstream.id(), activity.upstreamErrors(upstream.id()))).toList();
    }
}
