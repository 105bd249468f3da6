package lu.econnector.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import lu.econnector.platform.AppLog;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.control.TemplateSync;
import lu.econnector.template.entity.ActiveTemplate;
import lu.econnector.template.entity.CatalogueEntry;
import lu.econnector.template.entity.SyncReport;

/**
 * The templates page: each active template with its source and the versions iHUB offers, the
 * last synchronisation's time and result, and "sync now", whose report the same response shows.
 */
@Named("templates")
@RequestScoped
public class TemplatesView {

    private static final Logger LOG = AppLog.of(TemplatesView.class);

    /** @param offered the versions iHUB offered at the last sync, newest first */
    public record TemplateRow(ActiveTemplate active, List<String> offered) {
    }

    @Inject
    TemplateCatalog catalog;

    @Inject
    TemplateSync templateSync;

    private SyncReport justRan;

    public List<TemplateRow> getRows() {
        List<CatalogueEntry> offered = getLastSync() == null ? List.of() : getLastSync().offered();
        return catalog.active().stream().map(active -> new TemplateRow(active, offered.stream()
                        .filter(entry -> entry.id().equals(active.template().id()))
                        .sorted(Comparator.comparing(CatalogueEntry::version).reversed())
                        .map(entry -> entry.version().toString()).distinct().toList()))
                .toList();
    }

    private boolean alreadyRunning;

    /** The last synchronisation's report, the timer's or the console's; null before the first. */
    public SyncReport getLastSync() {
        return templateSync.lastReport().orElse(null);
    }

    /** The report of the synchronisation this request ran; null when it ran none. */
    public SyncReport getJustRan() {
        return justRan;
    }

    /** True when this request asked for a synchronisation while another was running. */
    public boolean isAlreadyRunning() {
        return alreadyRunning;
    }

    public String syncNow() {
        LOG.info("Admin console: template sync requested");
        justRan = templateSync.syncUnlessRunning().orElse(null);
        alreadyRunning = justRan == null;
        return null; // the same page, with the report
    }
}
