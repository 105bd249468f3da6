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
import lu.econnector.mysecu.control.MessageIds;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import org.junit.jupiter.api.Test;

class InstanceLedgerTest {

    /** What dr.muller's key-1 becomes, sent by the sandbox vendor. */
    private static final String MULLERS_MESSAGE_ID = MessageIds.scoped("90812100", "sandbox-vendor", "key-1");

    private final AtomicInteger runs = new AtomicInteger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private final InstanceLedger cut = new InstanceLedger(clock);

    private SubmissionReceipt submit() {
        int run = runs.incrementAndGet();
        return new SubmissionReceipt(MULLERS_MESSAGE_ID, "REF-" + run, clock.instant(), false, "mh", "2.1.0", "ab",
                "JVBERi0=");
    }

    @Test
    void aRepeatGetsTheFirstReceiptWithoutRunningAgain() {
        SubmissionReceipt first = cut.once(MULLERS_MESSAGE_ID, "hash", this::submit);
        SubmissionReceipt again = cut.once(MULLERS_MESSAGE_ID, "hash", this::submit);

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
                return cut.once(MULLERS_MESSAGE_ID, "hash", () -> {
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
        cut.once(MULLERS_MESSAGE_ID, "hash", this::submit);

        assertThatThrownBy(() -> cut.once(MULLERS_MESSAGE_ID, "other hash", this::submit))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void theSameKeyOfAnotherProfessionalOrVendorIsAnotherSubmission() {
        cut.once(MULLERS_MESSAGE_ID, "hash", this::submit);
        cut.once(MessageIds.scoped("90812201", "sandbox-vendor", "key-1"), "hash", this::submit);
        cut.once(MessageIds.scoped("90812100", "other-vendor", "key-1"), "hash", this::submit);

        assertThat(runs).hasValue(3);
    }

    @Test
    void aFailureIsNotKeptSoThatARetryRunsAgain() {
        assertThatThrownBy(() -> cut.once(MULLERS_MESSAGE_ID, "hash", () -> {
            throw new IllegalStateException("mySecu down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(cut.once(MULLERS_MESSAGE_ID, "hash", this::submit).mysecuReference()).isEqualTo("REF-1");
    }

    @Test
    void afterTheRetentionTheSubmissionRunsAgain() {
        cut.once(MULLERS_MESSAGE_ID, "hash", this::submit);
        clock.advance(IdempotentSubmissions.RETENTION.plus(Duration.ofSeconds(1)));

        cut.once(MULLERS_MESSAGE_ID, "hash", this::submit);

        assertThat(runs).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
