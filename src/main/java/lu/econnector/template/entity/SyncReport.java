package lu.econnector.template.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of one iHUB synchronisation.
 *
 * @param catalogueProblem why the catalogue could not be read ("catalogue: HTTP 503"); null when it was
 * @param offered          the catalogue as read (empty when it could not be)
 * @param outcomes         one per package tried, activated, refused or ignored
 * @param latestRelease    the eConnector release iHUB announces; null when it did not say
 */
public record SyncReport(Instant startedAt, Instant finishedAt, String catalogueProblem, List<CatalogueEntry> offered,
                         List<SyncOutcome> outcomes, EconnectorRelease latestRelease) {

    public SyncReport {
        offered = List.copyOf(offered);
        outcomes = List.copyOf(outcomes);
    }

    public static SyncReport catalogueUnreadable(Instant startedAt, Instant finishedAt, String problem) {
        return new SyncReport(startedAt, finishedAt, problem, List.of(), List.of(), null);
    }

    public Optional<EconnectorRelease> release() {
        return Optional.ofNullable(latestRelease);
    }

    public boolean succeeded() {
        return problem().isEmpty();
    }

    /** The first thing that went wrong, in words safe to show anyone; empty when nothing did. */
    public Optional<String> problem() {
        if (catalogueProblem != null) {
            return Optional.of(catalogueProblem);
        }
        List<String> problems = outcomes.stream().filter(SyncOutcome::isProblem).map(SyncOutcome::describe).toList();
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
}
