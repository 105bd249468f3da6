package lu.econnector.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import lu.econnector.admin.control.ReleaseCheck;
import lu.econnector.admin.control.StartTime;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.health.control.BuildInfo;
import lu.econnector.health.control.UpstreamMonitor;
import lu.econnector.health.entity.ProbeResult;
import lu.econnector.template.control.TemplateSync;
import lu.econnector.template.entity.EconnectorRelease;
import lu.econnector.template.entity.SyncReport;

/**
 * The dashboard: each upstream's last probe and last failure, and this eConnector's version,
 * profile, uptime and any newer release iHUB announces. The page's script reloads the
 * upstream table from this same page every {@link #REFRESH_SECONDS} seconds.
 */
@Named("dashboard")
@RequestScoped
public class DashboardView {

    /** As often as the monitor's results are renewed ({@code UpstreamMonitor.FRESHNESS}). */
    public static final int REFRESH_SECONDS = 5;

    /** One upstream's row; {@code lastFailure} is null when it never failed since the start. */
    public record UpstreamRow(String id, String status, long latencyMillis, ProbeResult probe, ProbeResult lastFailure) {
    }

    @Inject
    UpstreamMonitor monitor;

    @Inject
    EconnectorConfig config;

    @Inject
    StartTime startTime;

    @Inject
    TemplateSync templateSync;

    @Inject
    ConsoleFormat format;

    private List<UpstreamRow> rows;

    public List<UpstreamRow> getUpstreams() {
        if (rows == null) {
            rows = monitor.current().values().stream()
                    .map(probe -> new UpstreamRow(probe.upstream().id(), probe.availability().name(),
                            probe.latencyMillis(), probe, monitor.lastFailure(probe.upstream()).orElse(null)))
                    .toList();
        }
        return rows;
    }

    /** The upstreams not up, for the summary line that screen readers announce when it changes. */
    public List<UpstreamRow> getNotUp() {
        return getUpstreams().stream().filter(row -> !row.status().equals("UP")).toList();
    }

    public int getRefreshSeconds() {
        return REFRESH_SECONDS;
    }

    public String getVersion() {
        return BuildInfo.version();
    }

    public String getProfile() {
        return config.profile().id();
    }

    public String getUptime() {
        return format.duration(startTime.uptime());
    }

    /** The newer release iHUB announces; null when there is none, or iHUB did not say. */
    public EconnectorRelease getUpdate() {
        Optional<EconnectorRelease> announced = templateSync.lastReport().flatMap(SyncReport::release);
        return ReleaseCheck.newer(BuildInfo.version(), announced).orElse(null);
    }

    /** Whether iHUB said which release is the latest (so that "up to date" means something). */
    public boolean isReleaseKnown() {
        return templateSync.lastReport().flatMap(SyncReport::release).isPresent();
    }
}
