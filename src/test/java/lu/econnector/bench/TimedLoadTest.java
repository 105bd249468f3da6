package lu.econnector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedLoadTest {

    private final List<Instant> edges = new ArrayList<>();
    private final TimedLoad.Window window = new TimedLoad.Window() {
        @Override
        public void opened(Instant at) {
            edges.add(at);
        }

        @Override
        public void closed(Instant at) {
            edges.add(at);
        }
    };

    @Test
    void aBatchCountsItsDocumentsAndOneLatencyPerRequest() throws Exception {
        TimedLoad.Row row = TimedLoad.run(() -> {
            Thread.sleep(1);
            return Outcome.ok(1_000_000, 3);
        }, 2, Duration.ofMillis(50), Duration.ofMillis(300), window);

        assertThat(row.latencies().count()).isPositive();
        assertThat(row.documents()).isEqualTo(3 * row.latencies().count());
        assertThat(row.failed()).isZero();
        assertThat(row.clients()).isEqualTo(2);
    }

    @Test
    void aThrowingRequestIsAnErrorOfTheRowNotTheEndOfTheRun() throws Exception {
        TimedLoad.Row row = TimedLoad.run(() -> {
            Thread.sleep(1);
            throw new IllegalStateException("no answer");
        }, 1, Duration.ZERO, Duration.ofMillis(300), window);

        assertThat(row.documents()).isZero();
        assertThat(row.latencies().count()).isZero();
        assertThat(row.errors()).containsOnlyKeys("IllegalStateException: no answer");
        assertThat(row.documentsPerSecond()).isZero();
    }

    @Test
    void theWindowIsAnnouncedOpenedThenClosed() throws Exception {
        TimedLoad.run(() -> Outcome.ok(1), 1, Duration.ofMillis(20), Duration.ofMillis(100), window);

        assertThat(edges).hasSize(2);
        assertThat(edges.get(1)).isAfter(edges.get(0));
    }
}
