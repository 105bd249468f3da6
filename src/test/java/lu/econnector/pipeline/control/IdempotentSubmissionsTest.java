package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import lu.econnector.SettableClock;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import org.junit.jupiter.api.Test;

class IdempotentSubmissionsTest {

    private final AtomicInteger runs = new AtomicInteger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final IdempotentSubmissions cut = new IdempotentSubmissions(clock);

    private SubmissionReceipt submit() {
        int run = runs.incrementAndGet();
        return new SubmissionReceipt("key-1", "REF-" + run, clock.instant(), "mh", "2.1.0", "ab", "JVBERi0=");
    }

    @Test
    void aRepeatGetsTheFirstReceiptWithoutRunningAgain() {
        SubmissionReceipt first = cut.once("90812100", "key-1", "hash", this::submit);
        SubmissionReceipt again = cut.once("90812100", "key-1", "hash", this::submit);

        assertThat(again).isSameAs(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void concurrentRepeatsWaitForTheFirstAndRunOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<SubmissionReceipt>> results = IntStream.range(0, 10).mapToObj(i -> pool.submit(() -> {
                start.await();
                return cut.once("90812100", "key-1", "hash", () -> {
                    sleep(200);
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
    void theSameKeyForAnotherRequestIsRefused() {
        cut.once("90812100", "key-1", "hash", this::submit);

        assertThatThrownBy(() -> cut.once("90812100", "key-1", "other hash", this::submit))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void keysAreThoseOfOneProfessional() {
        cut.once("90812100", "key-1", "hash", this::submit);
        cut.once("90812201", "key-1", "hash", this::submit);

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailureIsNotKeptSoThatARetryRunsAgain() {
        assertThatThrownBy(() -> cut.once("90812100", "key-1", "hash", () -> {
            throw new IllegalStateException("mySecu down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(cut.once("90812100", "key-1", "hash", this::submit).mysecuReference()).isEqualTo("REF-1");
    }

    @Test
    void afterTheRetentionTheSubmissionRunsAgain() {
        cut.once("90812100", "key-1", "hash", this::submit);
        clock.advance(IdempotentSubmissions.RETENTION.plus(Duration.ofSeconds(1)));

        cut.once("90812100", "key-1", "hash", this::submit);

        assertThat(runs).hasValue(2);
    }

    @Test
    void aKeyThatCannotBeAMessageIdIsRefused() {
        assertThat(IdempotentSubmissions.checked("Abc_12-x")).isEqualTo("Abc_12-x");
        assertThatThrownBy(() -> IdempotentSubmissions.checked("a b")).isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotentSubmissions.checked("x".repeat(65)))
                .isInstanceOf(InvalidIdempotencyKeyException.class);
        assertThatThrownBy(() -> IdempotentSubmissions.checked("")).isInstanceOf(InvalidIdempotencyKeyException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
