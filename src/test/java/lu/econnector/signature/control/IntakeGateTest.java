package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntakeGateTest {

    static final int SIZE = 3;

    IntakeGate cut = new IntakeGate(SIZE);
    ExecutorService callers = Executors.newFixedThreadPool(SIZE);
    CountDownLatch inside = new CountDownLatch(SIZE);
    CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopCallers() {
        release.countDown();
        callers.shutdownNow();
    }

    @Test
    void oneIntakeMoreThanTheBoundIsRefusedAsAFullBulkhead() throws Exception {
        List<Future<String>> admitted = fillTheGate();

        assertThatThrownBy(() -> cut.through(() -> "one too many")).isInstanceOf(BulkheadException.class);

        release.countDown();
        for (Future<String> call : admitted) {
            assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("parsed");
        }
    }

    @Test
    void aPlaceIsFreedWhenAnIntakeEndsEvenInFailure() throws Exception {
        assertThatThrownBy(() -> cut.through(() -> {
            throw new UnreadablePdfException(null);
        })).isInstanceOf(UnreadablePdfException.class);
        List<Future<String>> admitted = fillTheGate();

        assertThat(admitted).hasSize(SIZE);
        release.countDown();
        for (Future<String> call : admitted) {
            call.get(5, TimeUnit.SECONDS);
        }
        assertThat(cut.through(() -> "after")).isEqualTo("after");
    }

    /** {@code SIZE} intakes that stay inside until released. */
    private List<Future<String>> fillTheGate() throws InterruptedException {
        List<Future<String>> admitted = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            admitted.add(callers.submit(() -> cut.through(() -> {
                inside.countDown();
                await(release);
                return "parsed";
            })));
        }
        assertThat(inside.await(5, TimeUnit.SECONDS)).as("all admitted").isTrue();
        return admitted;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
