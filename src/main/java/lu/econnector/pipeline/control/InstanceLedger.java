package lu.econnector.pipeline.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import lu.econnector.pipeline.entity.SubmissionReceipt;

/**
 * The ledger of one instance alone, in its memory: a repeat while the first is running waits
 * for it and gets its receipt, or its failure as thrown; a repeat after it gets the same receipt
 * (with the same signed PDF) for {@link IdempotentSubmissions#RETENTION}. At most
 * {@link #MAX_ENTRIES} are kept (a receipt with its PDF is some 80 KB). A failed submission is
 * forgotten at once, so that a retry runs again.
 */
final class InstanceLedger implements SubmissionLedger {

    static final int MAX_ENTRIES = 500;

    /** @param requestHash what was asked, so that the same key for another request is caught */
    private record Entry(String requestHash, CompletableFuture<SubmissionReceipt> receipt, Instant startedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    InstanceLedger(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SubmissionReceipt once(String messageId, String requestHash, Supplier<SubmissionReceipt> work) {
        forgetOld();
        Entry mine = new Entry(requestHash, new CompletableFuture<>(), clock.instant());
        Entry first = entries.putIfAbsent(messageId, mine);
        if (first != null) {
            if (!first.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException();
            }
            return outcomeOf(first);
        }
        try {
            SubmissionReceipt receipt = work.get();
            mine.receipt().complete(receipt);
            return receipt;
        } catch (RuntimeException e) {
            entries.remove(messageId, mine);
            mine.receipt().completeExceptionally(e);
            throw e;
        }
    }

    /** The first caller's receipt, or its failure as it was thrown. */
    private static SubmissionReceipt outcomeOf(Entry first) {
        try {
            return first.receipt().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void forgetOld() {
        Instant horizon = clock.instant().minus(IdempotentSubmissions.RETENTION);
        entries.entrySet().removeIf(e -> e.getValue().receipt().isDone() && e.getValue().startedAt().isBefore(horizon));
        // Beyond the bound, the oldest tenth goes at once: sorting the ledger for one entry per
        // submission was a visible share of the CPU under load.
        int excess = entries.size() - MAX_ENTRIES;
        if (excess > 0) {
            excess += MAX_ENTRIES / 10;
            entries.entrySet().stream().filter(e -> e.getValue().receipt().isDone())
                    .sorted(Comparator.comparing(e -> e.getValue().startedAt())).limit(excess).toList()
                    .forEach(e -> entries.remove(e.getKey(), e.getValue()));
        }
    }
}
