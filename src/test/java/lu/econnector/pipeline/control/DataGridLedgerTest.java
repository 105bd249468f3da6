package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import lu.econnector.SettableClock;
import lu.econnector.mysecu.control.MessageIds;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared ledger on a real Hazelcast member, the data grid Payara embeds. Two ledgers on
 * one member stand for two replicas; the grid's own replication, and a replica really leaving
 * it, are the two-instance IT's ({@code DataGridIT}).
 */
class DataGridLedgerTest {

    private static HazelcastInstance member;
    private static CacheManager grid;

    private final AtomicInteger runs = new AtomicInteger();
    private final SettableClock clock = new SettableClock(Instant.now());
    private final String messageId = MessageIds.scoped("90812100", "sandbox-vendor", "key-" + UUID.randomUUID());
    private Cache<String, String> cache;
    private DataGridLedger replicaA;
    private DataGridLedger replicaB;

    @BeforeAll
    static void startMember() {
        Config config = new Config().setClusterName("ledger-test-" + UUID.randomUUID())
                .setProperty("hazelcast.phone.home.enabled", "false").setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().setPort(18476).getJoin().getMulticastConfig().setEnabled(false);
        member = Hazelcast.newHazelcastInstance(config);
        grid = Caching.getCachingProvider(HazelcastCachingProvider.MEMBER_CACHING_PROVIDER)
                .getCacheManager(URI.create("ledger-test"), DataGridLedgerTest.class.getClassLoader(),
                        HazelcastCachingProvider.propertiesByInstanceItself(member));
    }

    @AfterAll
    static void stopMember() {
        grid.close();
        member.shutdown();
    }

    @BeforeEach
    void ledgers() {
        cache = DataGridLedger.cacheOn(grid);
        replicaA = DataGridLedger.on(grid, clock);
        replicaB = DataGridLedger.on(grid, clock);
    }

    private SubmissionReceipt submit() {
        int run = runs.incrementAndGet();
        return new SubmissionReceipt(messageId, "REF-" + run, Instant.parse("2026-11-28T10:00:00.123456Z"), false, "mh",
                "2.1.0", "ab", "JVBERi0=");
    }

    @Test
    void aRepeatOnAnotherReplicaGetsTheFirstReceiptWithoutRunningAgain() {
        SubmissionReceipt first = replicaA.once(messageId, "hash", this::submit);
        SubmissionReceipt again = replicaB.once(messageId, "hash", this::submit);

        assertThat(again).isEqualTo(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aReplayedReceiptKeepsItsMissingFields() {
        replicaA.once(messageId, "hash", () -> SubmissionReceipt.replayed(messageId, "REF-0", Instant.EPOCH));

        assertThat(replicaB.once(messageId, "hash", this::submit))
                .isEqualTo(SubmissionReceipt.replayed(messageId, "REF-0", Instant.EPOCH));
    }

    @Test
    void concurrentRepeatsOnBothReplicasRunOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<SubmissionReceipt>> results = IntStream.range(0, 10).mapToObj(i -> pool.submit(() -> {
                start.await();
                return (i % 2 == 0 ? replicaA : replicaB).once(messageId, "hash", () -> {
                    sleep(300);
                    return submit();
                });
            })).toList();
            start.countDown();

            for (Future<SubmissionReceipt> result : results) {
                assertThat(result.get().mysecuReference()).isEqualTo("REF-1");
            }
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedOnAnyReplica() {
        replicaA.once(messageId, "hash", this::submit);

        assertThatThrownBy(() -> replicaB.once(messageId, "other hash", this::submit))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void aFailureIsForgottenSoThatARetryRunsAgain() {
        assertThatThrownBy(() -> replicaA.once(messageId, "hash", () -> {
            throw new IllegalStateException("mySecu down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(replicaB.once(messageId, "hash", this::submit).mysecuReference()).isEqualTo("REF-1");
    }

    @Test
    void theClaimOfAReplicaThatLeftTheGridIsTakenOverAtOnce() {
        // What a replica killed mid-submission leaves behind: its claim, never settled.
        cache.put(messageId, GridEntry.claim("hash", clock.instant(), UUID.randomUUID().toString()).toJson());

        assertThat(replicaB.once(messageId, "hash", this::submit).mysecuReference()).isEqualTo("REF-1");
        assertThat(replicaA.once(messageId, "hash", this::submit).mysecuReference()).isEqualTo("REF-1");
        assertThat(runs).hasValue(1);
    }

    @Test
    void theClaimOfAReplicaThatHangsIsTakenOverOnceAbandoned() throws Exception {
        String live = member.getCluster().getLocalMember().getUuid().toString();
        cache.put(messageId, GridEntry.claim("hash", clock.instant(), live).toJson());

        CompletableFuture<SubmissionReceipt> repeat = CompletableFuture.supplyAsync(
                () -> replicaB.once(messageId, "hash", this::submit));
        Thread.sleep(500);
        assertThat(repeat).as("waits while the claim may still be running").isNotDone();

        clock.advance(DataGridLedger.ABANDONED_AFTER.plus(Duration.ofSeconds(1)));

        assertThat(repeat.get().mysecuReference()).isEqualTo("REF-1");
        assertThat(runs).hasValue(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
