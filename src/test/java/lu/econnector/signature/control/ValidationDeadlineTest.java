package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ValidationDeadlineTest {

    ValidationDeadline cut = new ValidationDeadline(2, Duration.ofMillis(200));
    CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        cut.close();
    }

    @Test
    void aValidationPastTheDeadlineIsAnsweredAtTheDeadlineWith422() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> cut.run(() -> {
            Thread.sleep(10_000);
            return "too late";
        })).isInstanceOf(ValidationTimeoutException.class)
                .hasMessage("The PDF took longer than 200 ms to validate (VALIDATION_TIMEOUT_MS).")
                .extracting(e -> ((ValidationTimeoutException) e).status()).isEqualTo(422);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theLateWorkerIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> cut.run(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "too late";
        })).isInstanceOf(ValidationTimeoutException.class);
        assertThat(interrupted.await(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void abandonedValidationsThatIgnoreInterruptsCannotPileUp() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cut.run(this::ignoringInterrupts)).isInstanceOf(ValidationTimeoutException.class);
        }

        assertThatThrownBy(() -> cut.run(() -> "a third")).isInstanceOf(BulkheadException.class);
        release.countDown();
    }

    @Test
    void aValidationsOwnFailureReachesTheCallerAsThrown() {
        assertThatThrownBy(() -> cut.run(() -> {
            throw new UnreadablePdfException(null);
        })).isInstanceOf(UnreadablePdfException.class);
        assertThat(cut.run(() -> "in time")).isEqualTo("in time");
    }

    /** As DSS does: busy, deaf to interrupts, until released. */
    private String ignoringInterrupts() {
        while (true) {
            try {
                if (release.await(10, TimeUnit.SECONDS)) {
                    return "finally";
                }
            } catch (InterruptedException ignored) {
                // deaf
            }
        }
    }
}
