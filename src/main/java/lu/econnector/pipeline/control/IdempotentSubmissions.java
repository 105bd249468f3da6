package lu.econnector.pipeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import lu.econnector.pipeline.entity.SubmissionReceipt;

/**
 * Makes a submission with an {@code Idempotency-Key} happen once: a repeat while the first is
 * running waits for it, a repeat after it gets the same receipt (with the same signed PDF),
 * for {@link #RETENTION}. mySecu is the backstop beyond that, and across instances: it answers
 * a repeated message id with its first answer, which the receipt then says is replayed.
 *
 * <p>Kept in memory, per message id, at most {@link #MAX_ENTRIES} (a receipt with its PDF is
 * some 80 KB): the eConnector keeps no database (PRODUCT.md section 1). The message id is
 * derived from the professional, the vendor and the key ({@code MessageIds.scoped}), so one
 * professional's key never finds another's receipt, nor one vendor's another's. A failed
 * submission is forgotten at once, so that a retry runs again.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    static final Duration RETENTION = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    /** @param requestHash what was asked, so that the same key for another request is caught */
    private record Entry(String requestHash, CompletableFuture<SubmissionReceipt> receipt, Instant startedAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public IdempotentSubmissions() {
        this(Clock.systemUTC());
    }

    IdempotentSubmissions(Clock clock) {
        this.clock = clock;
    }

    /** @throws InvalidIdempotencyKeyException when it is not 1 to 64 of [A-Za-z0-9_-] (PRODUCT.md section 3) */
    public static String checked(String idempotencyKey) {
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return idempotencyKey;
    }

    /**
     * @param messageId   the mySecu message id derived from the key, the professional and the vendor
     * @param requestHash a digest of what is asked (template and data, or the PDF)
     * @param work        the submission itself, run by the first caller only
     */
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
        Instant horizon = clock.instant().minus(RETENTION);
        entries.entrySet().removeIf(e -> e.getValue().receipt().isDone() && e.getValue().startedAt().isBefore(horizon));
        int excess = entries.size() - MAX_ENTRIES;
        if (excess > 0) {
            entries.entrySet().stream().filter(e -> e.getValue().receipt().isDone())
                    .sorted(Comparator.comparing(e -> e.getValue().startedAt())).limit(excess).toList()
                    .forEach(e -> entries.remove(e.getKey(), e.getValue()));
        }
    }
}
