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
 * for {@link #RETENTION}. mySecu is the backstop beyond that, and across instances: the key is
 * the message id, and mySecu answers a repeated one with its first answer.
 *
 * <p>Kept in memory, per professional and key, at most {@link #MAX_ENTRIES} (a receipt with
 * its PDF is some 80 KB): the eConnector keeps no database (PRODUCT.md section 1). A failed
 * submission is forgotten at once, so that a retry runs again.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    static final Duration RETENTION = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 500;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    private record Key(String psCode, String idempotencyKey) {
    }

    /** @param requestHash what was asked, so that the same key for another request is caught */
    private record Entry(String requestHash, CompletableFuture<SubmissionReceipt> receipt, Instant startedAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    public IdempotentSubmissions() {
        this(Clock.systemUTC());
    }

    IdempotentSubmissions(Clock clock) {
        this.clock = clock;
    }

    /** @throws InvalidIdempotencyKeyException when it cannot be a mySecu message id */
    public static String checked(String idempotencyKey) {
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return idempotencyKey;
    }

    /**
     * @param requestHash a digest of what is asked (template and data, or the PDF)
     * @param work        the submission itself, run by the first caller only
     */
    public SubmissionReceipt once(String psCode, String idempotencyKey, String requestHash,
                                  Supplier<SubmissionReceipt> work) {
        forgetOld();
        Key key = new Key(psCode, idempotencyKey);
        Entry mine = new Entry(requestHash, new CompletableFuture<>(), clock.instant());
        Entry first = entries.putIfAbsent(key, mine);
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
            entries.remove(key, mine);
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
