package lu.econnector.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import lu.econnector.activity.control.RecordedCalls;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.ihub.IhubOffer;
import lu.econnector.sandbox.ihub.IhubSimulator;
import lu.econnector.template.entity.ActiveTemplate;
import lu.econnector.template.entity.SyncOutcome;
import lu.econnector.template.entity.SyncOutcome.Result;
import lu.econnector.template.entity.SyncReport;
import lu.econnector.template.entity.TemplateSource;
import lu.econnector.upstream.control.UpstreamHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synchronisation against the sandbox's iHUB, over real HTTPS, each test from the bundled templates. */
class TemplateSyncTest {

    @TempDir
    static Path stores;

    private static SandboxServer sandbox;
    private TemplateCatalog catalog;
    private TemplateSync sync;
    private RecordedCalls calls;

    @BeforeAll
    static void startIhub() throws Exception {
        sandbox = SandboxServer.start(0, stores);
    }

    @AfterAll
    static void stopIhub() {
        sandbox.close();
    }

    @BeforeEach
    void bundledTemplatesOnly() throws Exception {
        catalog = new TemplateCatalog();
        catalog.loadBundled();
        HttpClient client = HttpClient.newBuilder().sslContext(sandbox.ca().clientContext())
                .connectTimeout(Duration.ofSeconds(2)).build();
        URI ihub = sandbox.base().resolve(IhubSimulator.BASE.substring(1));
        calls = new RecordedCalls();
        sync = new TemplateSync(new IhubClient(new UpstreamHttp(client), ihub, Duration.ofMillis(1500), calls), catalog);
    }

    @AfterEach
    void resetSandbox() {
        sandbox.reset();
    }

    @Test
    void aNewerVersionIsActivatedWithSourceIhub() {
        SyncReport report = sync.syncNow();

        assertThat(report.succeeded()).isTrue();
        assertThat(report.outcomes()).extracting(SyncOutcome::describe).containsExactly("mh 2.1.0 activated");
        assertThat(active("mh")).isEqualTo("2.1.0 ihub");
        assertThat(active("pid")).isEqualTo("1.0.0 bundled");
        assertThat(calls.calls()).as("the console's iHUB counters").containsExactly(
                new RecordedCalls.Call("ihub", "catalogue", false), new RecordedCalls.Call("ihub", "package", false),
                new RecordedCalls.Call("ihub", "latest-release", false));
        assertThat(report.offered()).hasSize(4);
        assertThat(report.release()).hasValueSatisfying(
                release -> assertThat(release.version()).isEqualTo("1.1.0"));
        assertThat(sync.lastReport()).containsSame(report);
    }

    @Test
    void aSecondRoundFindsNothingToDo() {
        sync.syncNow();

        SyncReport second = sync.syncNow();

        assertThat(second.outcomes()).isEmpty();
        assertThat(second.succeeded()).isTrue();
        assertThat(sandbox.ihub().downloads()).isEqualTo(1);
    }

    @Test
    void aPackageWhoseChecksumDiffersIsRefusedAndTheBundledVersionStays() {
        sandbox.ihub().offer(Set.of(IhubOffer.BAD_CHECKSUM));

        SyncReport report = sync.syncNow();

        assertThat(active("pid")).isEqualTo("1.0.0 bundled");
        assertThat(report.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("pid 1.1.0 rejected: SHA-256 ").contains("differs from the catalogue's"));
    }

    @Test
    void aZipBombIsRefusedWithoutInflatingIt() {
        sandbox.ihub().offer(Set.of(IhubOffer.ZIP_BOMB));

        SyncReport report = sync.syncNow();

        assertThat(active("ecit")).isEqualTo("1.0.0 bundled");
        assertThat(report.problem()).hasValue("ecit 1.1.0 rejected: entry template.json inflates beyond the "
                + PackageLimits.DEFAULT.maxEntryBytes() + " bytes allowed");
    }

    @Test
    void aMappingToAMissingFormFieldIsRefused() {
        sandbox.ihub().offer(Set.of(IhubOffer.MISSING_FIELD));

        SyncReport report = sync.syncNow();

        assertThat(active("mh")).isEqualTo("1.0.0 bundled");
        assertThat(report.problem()).hasValue("mh 2.2.0 rejected: form.pdf has no field patient.maidenName");
    }

    @Test
    void whenTheNewestIsBrokenTheNewestGoodVersionIsActivated() {
        sandbox.ihub().offer(Set.of(IhubOffer.NEWER_MH, IhubOffer.MISSING_FIELD));

        SyncReport report = sync.syncNow();

        assertThat(active("mh")).isEqualTo("2.1.0 ihub");
        assertThat(report.outcomes()).extracting(SyncOutcome::templateId, SyncOutcome::version, SyncOutcome::result)
                .containsExactly(tuple("mh", "2.2.0", Result.REJECTED), tuple("mh", "2.1.0", Result.ACTIVATED));
    }

    @Test
    void aPackageRefusedForItsContentIsNotDownloadedAgainButStillReported() {
        sandbox.ihub().offer(Set.of(IhubOffer.ZIP_BOMB));
        sync.syncNow();

        SyncReport second = sync.syncNow();

        assertThat(sandbox.ihub().downloads()).isEqualTo(1);
        assertThat(second.problem()).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("ecit 1.1.0 rejected"));
    }

    @Test
    void aChecksumMismatchIsDownloadedAgainNextRound() {
        sandbox.ihub().offer(Set.of(IhubOffer.BAD_CHECKSUM));
        sync.syncNow();

        sync.syncNow();

        assertThat(sandbox.ihub().downloads()).isEqualTo(2);
    }

    @Test
    void anUnreachableCatalogueKeepsTheActiveTemplates() {
        sandbox.faults().inject("ihub", "templates", Fault.httpStatus(503));

        SyncReport report = sync.syncNow();

        assertThat(report.problem()).hasValue("iHUB (catalogue) answered HTTP 503");
        assertThat(catalog.active()).extracting(ActiveTemplate::source).containsOnly(TemplateSource.bundled);
        assertThat(calls.calls()).as("the console's iHUB counters").contains(
                new RecordedCalls.Call("ihub", "catalogue", true));
    }

    @Test
    void aMalformedCatalogueIsReported() {
        sandbox.faults().inject("ihub", "templates", Fault.malformedBody());

        assertThat(sync.syncNow().problem()).hasValue("iHUB (catalogue) gave a bad answer: the answer is not JSON");
    }

    @Test
    void aSlowCatalogueIsCutOffAtTheReadTimeout() {
        sandbox.faults().inject("ihub", "templates", Fault.delay(Duration.ofSeconds(4)));

        assertThat(sync.syncNow().problem()).hasValue("iHUB (catalogue) did not answer: no complete answer within 1500 ms");
    }

    /**
     * A second request for a sync (the console's, while the timer's round waits
     * on a slow iHUB) is answered at once, not queued behind the round's read timeouts.
     */
    @Test
    void aSyncRequestedWhileARoundRunsIsAnsweredAtOnce() throws Exception {
        sandbox.faults().inject("ihub", "templates", Fault.delay(Duration.ofSeconds(4)));
        CompletableFuture<Optional<SyncReport>> first = CompletableFuture.supplyAsync(sync::syncUnlessRunning);
        while (!sync.running() && !first.isDone()) {
            Thread.sleep(10);
        }

        long start = System.nanoTime();
        Optional<SyncReport> second = sync.syncUnlessRunning();
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(second).isEmpty();
        assertThat(waited).isLessThan(Duration.ofMillis(500));
        assertThat(first.get(10, TimeUnit.SECONDS)).hasValueSatisfying(
                report -> assertThat(report.problem()).hasValue("iHUB (catalogue) did not answer: no complete answer within 1500 ms"));
        assertThat(sync.syncUnlessRunning()).as("free again once the round ended").isPresent();
    }

    @Test
    void aFailedDownloadIsRetriedNextRound() {
        sandbox.faults().inject("ihub", "package", Fault.httpStatus(500));
        SyncReport failed = sync.syncNow();
        sandbox.faults().clear();

        SyncReport retried = sync.syncNow();

        assertThat(failed.problem()).hasValue("mh 2.1.0 failed: iHUB (package mh 2.1.0) answered HTTP 500");
        assertThat(retried.succeeded()).isTrue();
        assertThat(active("mh")).isEqualTo("2.1.0 ihub");
    }

    private String active(String id) {
        ActiveTemplate active = catalog.activeTemplate(id);
        return active.template().version() + " " + active.source();
    }
}
