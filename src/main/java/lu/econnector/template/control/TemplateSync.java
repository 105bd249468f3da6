package lu.econnector.template.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.econnector.platform.AppLog;
import lu.econnector.template.entity.CatalogueEntry;
import lu.econnector.template.entity.EconnectorRelease;
import lu.econnector.template.entity.SyncOutcome;
import lu.econnector.template.entity.SyncOutcome.Result;
import lu.econnector.template.entity.SyncReport;
import lu.econnector.template.entity.TemplatePackage;
import lu.econnector.template.entity.TemplateSource;
import lu.econnector.upstream.control.UpstreamFailure;

/**
 * Brings the active templates up to iHUB's catalogue: for each known
 * template, the offered versions newer than the active one are tried newest first, and the
 * first that passes every check of {@link PackageVerifier} is activated. Whatever fails, the
 * active version stays; the report says what happened, for the health check, the log and
 * the console.
 *
 * <p>A package refused for its content is remembered by SHA-256 and not downloaded again
 * (those bytes will never change; a zip bomb is not worth re-inflating every round) but
 * reported for as long as iHUB offers it. A checksum mismatch is not remembered: corruption
 * on the way may not recur.
 */
@ApplicationScoped
public class TemplateSync {

    private static final Logger LOG = AppLog.of(TemplateSync.class);

    private IhubClient ihub;
    private TemplateCatalog catalog;
    private Clock clock;
    private final PackageVerifier verifier = new PackageVerifier();
    private final Map<String, String> refusedBySha256 = new ConcurrentHashMap<>();
    private volatile SyncReport last;
    private final ReentrantLock round = new ReentrantLock();

    /** For CDI's proxy. */
    protected TemplateSync() {
    }

    @Inject
    public TemplateSync(IhubClient ihub, TemplateCatalog catalog) {
        this(ihub, catalog, Clock.systemUTC());
    }

    public TemplateSync(IhubClient ihub, TemplateCatalog catalog, Clock clock) {
        this.ihub = ihub;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The last synchronisation's report; empty before the first has finished. */
    public Optional<SyncReport> lastReport() {
        return Optional.ofNullable(last);
    }

    /**
     * One synchronisation, unless one is already running (the timer's or the console's): then
     * empty at once. Nobody waits behind a round, which may spend several read timeouts on a
     * slow iHUB; the running round's report becomes {@link #lastReport()} when it ends.
     */
    public Optional<SyncReport> syncUnlessRunning() {
        if (!round.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(syncRound());
        } finally {
            round.unlock();
        }
    }

    /** Whether a round is under way. */
    boolean running() {
        return round.isLocked();
    }

    /**
     * One synchronisation, for a caller that knows none is running.
     *
     * @throws IllegalStateException when one is
     */
    public SyncReport syncNow() {
        return syncUnlessRunning().orElseThrow(() -> new IllegalStateException("a template sync is already running"));
    }

    private SyncReport syncRound() {
        Instant startedAt = clock.instant();
        List<CatalogueEntry> offered;
        try {
            offered = ihub.catalogue();
        } catch (UpstreamFailure e) {
            LOG.warning("iHUB template sync: " + e.getMessage() + "; the active templates stay");
            return finish(SyncReport.catalogueUnreadable(startedAt, clock.instant(), e.getMessage()));
        }
        List<SyncOutcome> outcomes = new ArrayList<>();
        offered.stream().map(CatalogueEntry::id).distinct().forEach(id -> outcomes.addAll(update(id, offered)));
        return finish(new SyncReport(startedAt, clock.instant(), null, offered, outcomes, latestRelease()));
    }

    private List<SyncOutcome> update(String id, List<CatalogueEntry> offered) {
        List<CatalogueEntry> newer = offered.stream()
                .filter(entry -> entry.id().equals(id))
                .filter(entry -> isNewerThanActive(entry))
                .sorted(Comparator.comparing(CatalogueEntry::version).reversed())
                .toList();
        if (newer.isEmpty()) {
            return List.of();
        }
        if (!TemplateDataValidator.knows(id)) {
            return List.of(outcome(newer.get(0), Result.IGNORED, "no rules for this template in this eConnector"));
        }
        List<SyncOutcome> outcomes = new ArrayList<>();
        for (CatalogueEntry candidate : newer) {
            SyncOutcome outcome = tryToActivate(candidate);
            outcomes.add(outcome);
            if (outcome.result() == Result.ACTIVATED || outcome.result() == Result.FAILED) {
                break; // activated; or iHUB is failing, and the next round will try again
            }
        }
        return outcomes;
    }

    private boolean isNewerThanActive(CatalogueEntry entry) {
        try {
            return entry.version().compareTo(catalog.template(entry.id()).version()) > 0;
        } catch (UnknownTemplateException notBundled) {
            return true;
        }
    }

    private SyncOutcome tryToActivate(CatalogueEntry candidate) {
        String refusedBefore = refusedBySha256.get(candidate.sha256());
        if (refusedBefore != null) {
            return outcome(candidate, Result.REJECTED, refusedBefore);
        }
        byte[] zip;
        try {
            zip = ihub.download(candidate);
        } catch (UpstreamFailure e) {
            return outcome(candidate, Result.FAILED, e.getMessage());
        }
        try {
            TemplatePackage template = verifier.verify(candidate, zip);
            return catalog.activate(template, TemplateSource.ihub) ? outcome(candidate, Result.ACTIVATED, null)
                    : outcome(candidate, Result.IGNORED, "an equal or newer version is active");
        } catch (PackageChecksumException e) {
            return outcome(candidate, Result.REJECTED, e.getMessage());
        } catch (InvalidTemplatePackageException e) {
            refusedBySha256.put(candidate.sha256(), e.getMessage());
            return outcome(candidate, Result.REJECTED, e.getMessage());
        }
    }

    /** @return null when iHUB does not say: the console then shows no update line */
    private EconnectorRelease latestRelease() {
        try {
            return ihub.latestRelease();
        } catch (UpstreamFailure e) {
            LOG.fine(() -> "iHUB latest release unknown: " + e.getMessage());
            return null;
        }
    }

    private SyncReport finish(SyncReport report) {
        for (SyncOutcome outcome : report.outcomes()) {
            Level level = outcome.isProblem() ? Level.WARNING
                    : outcome.result() == Result.ACTIVATED ? Level.INFO : Level.FINE;
            LOG.log(level, () -> "iHUB template sync: " + outcome.describe()
                    + (outcome.isProblem() ? "; the active version stays" : ""));
        }
        last = report;
        return report;
    }

    private static SyncOutcome outcome(CatalogueEntry entry, Result result, String reason) {
        return new SyncOutcome(entry.id(), entry.version().toString(), result, reason);
    }
}
