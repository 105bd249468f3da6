package lu.econnector.pipeline.control;

import com.hazelcast.cache.HazelcastCacheManager;
import com.hazelcast.cluster.Cluster;
import com.hazelcast.config.CacheConfig;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MaxSizePolicy;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.expiry.CreatedExpiryPolicy;
import lu.econnector.pipeline.entity.SubmissionReceipt;

/**
 * The ledger that replicas share in the data grid (JCache): the first replica to put its claim
 * for a message id runs the submission and replaces the claim with the receipt; the others,
 * whichever replica they run on, wait for that receipt. Each entry expires
 * {@link IdempotentSubmissions#RETENTION} after its claim.
 *
 * <p>A replica that dies mid-submission leaves its claim behind: once the grid has dropped it
 * from its members, or at the latest after {@link #ABANDONED_AFTER} (longer than a submission
 * runs, all upstream timeouts spent; a replica that hangs), a repeat takes the claim over and
 * submits again. Should the dead replica's deposit have reached mySecu, mySecu answers the
 * message id with its first answer, so nothing is deposited twice. A failed submission is
 * forgotten at once, so that a repeat, waiting or later, runs again.
 */
final class DataGridLedger implements SubmissionLedger {

    static final String CACHE = "econnector-submissions";
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Hazelcast approximates the bound per partition; about 80 KB each. */
    private static final int MAX_ENTRIES = 500;

    private final Cache<String, String> entries;
    private final Clock clock;
    private final String self;
    private final Predicate<String> isMember;

    /**
     * @param self     this replica's id in the grid
     * @param isMember whether a replica of that id is still in the grid
     */
    DataGridLedger(Cache<String, String> entries, Clock clock, String self, Predicate<String> isMember) {
        this.entries = entries;
        this.clock = clock;
        this.self = self;
        this.isMember = isMember;
    }

    /** The ledger in the application server's JCache, if it has one that is Hazelcast's. */
    static DataGridLedger onServersGrid(Clock clock) {
        Instance<CacheManager> grids = CDI.current().select(CacheManager.class);
        return on(grids.isResolvable() ? grids.get() : null, clock);
    }

    /** The ledger in Hazelcast's JCache (Payara's data grid), its members told by Hazelcast itself. */
    static DataGridLedger on(CacheManager grid, Clock clock) {
        // Hazelcast's own unwrap() answers its implementation class only: a cast, checked.
        if (!(grid instanceof HazelcastCacheManager hazelcast)) {
            throw new IllegalStateException("ECONNECTOR_CLUSTER needs Payara's data grid (Hazelcast's JCache); found "
                    + (grid == null ? "none" : grid.getClass().getName()));
        }
        Cluster members = hazelcast.getHazelcastInstance().getCluster();
        return new DataGridLedger(cacheOn(grid), clock, members.getLocalMember().getUuid().toString(),
                id -> members.getMembers().stream().anyMatch(member -> member.getUuid().toString().equals(id)));
    }

    /** The ledger's cache, created by the first replica that asks; its settings are the grid's. */
    static Cache<String, String> cacheOn(CacheManager grid) {
        Cache<String, String> cache = grid.getCache(CACHE, String.class, String.class);
        if (cache != null) {
            return cache;
        }
        CacheConfig<String, String> config = new CacheConfig<>();
        config.setTypes(String.class, String.class);
        config.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                new javax.cache.expiry.Duration(TimeUnit.SECONDS, IdempotentSubmissions.RETENTION.toSeconds())));
        // JCache has no size bound: Hazelcast's own, or its default of 10 000 receipts (800 MB) applies.
        config.setEvictionConfig(new EvictionConfig().setSize(MAX_ENTRIES)
                .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT).setEvictionPolicy(EvictionPolicy.LRU));
        try {
            return grid.createCache(CACHE, config);
        } catch (CacheException createdByAnotherReplicaMeanwhile) {
            return grid.getCache(CACHE, String.class, String.class);
        }
    }

    @Override
    public SubmissionReceipt once(String messageId, String requestHash, Supplier<SubmissionReceipt> work) {
        while (true) {
            GridEntry mine = GridEntry.claim(requestHash, clock.instant(), self);
            if (entries.putIfAbsent(messageId, mine.toJson())) {
                return run(messageId, mine, work);
            }
            String held = entries.get(messageId);
            if (held == null) {
                continue; // the claim failed, or expired, since
            }
            GridEntry first = GridEntry.fromJson(held);
            if (!first.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            if (first.isSettled()) {
                return first.receipt();
            }
            if (abandoned(first) && entries.replace(messageId, held, mine.toJson())) {
                return run(messageId, mine, work);
            }
            pause();
        }
    }

    private SubmissionReceipt run(String messageId, GridEntry claim, Supplier<SubmissionReceipt> work) {
        SubmissionReceipt receipt;
        try {
            receipt = work.get();
        } catch (RuntimeException e) {
            entries.remove(messageId, claim.toJson());
            throw e;
        }
        entries.replace(messageId, claim.toJson(), claim.settled(receipt).toJson());
        return receipt;
    }

    private boolean abandoned(GridEntry claim) {
        return !isMember.test(claim.claimedBy()) || claim.claimedAt().plus(ABANDONED_AFTER).isBefore(Instant.now(clock));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while another replica submits", e);
        }
    }
}
