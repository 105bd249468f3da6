package lu.econnector.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesOfOneToHundredMillisecondsAreTheirNearestRanks() {
        // shuffled on purpose: the order of arrival must not matter
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        Latencies cut = Latencies.of(nanos);

        assertThat(cut.percentileMillis(0.50)).isEqualTo(50.0);
        assertThat(cut.percentileMillis(0.90)).isEqualTo(90.0);
        assertThat(cut.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(cut.percentileMillis(1.0)).isEqualTo(100.0);
    }

    @Test
    void aFewSamplesGiveAMeasuredValueNeverAnInterpolatedOne() {
        Latencies cut = Latencies.of(new long[] {30 * MS, 10 * MS, 20 * MS});

        assertThat(cut.percentileMillis(0.50)).isEqualTo(20.0);
        assertThat(cut.percentileMillis(0.90)).isEqualTo(30.0);
        assertThat(cut.percentileMillis(0.01)).isEqualTo(10.0);
    }

    @Test
    void oneSlowRequestInAHundredIsTheMaximumNotTheP99() {
        long[] nanos = LongStream.range(0, 100).map(i -> i == 42 ? 900 * MS : 10 * MS).toArray();
        Latencies cut = Latencies.of(nanos);

        assertThat(cut.percentileMillis(0.90)).isEqualTo(10.0);
        assertThat(cut.percentileMillis(1.0)).isEqualTo(900.0);
        assertThat(cut.percentileMillis(0.99)).isEqualTo(10.0);
    }

    @Test
    void nothingMeasuredIsNotANumber() {
        assertThat(Latencies.of(new long[0]).percentileMillis(0.5)).isNaN();
    }

    @Test
    void aPercentileOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> Latencies.of(new long[] {1}).percentileMillis(99))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCallersArrayIsLeftAsItWas() {
        long[] nanos = {3, 1, 2};
        Latencies.of(nanos);
        assertThat(nanos).containsExactly(3, 1, 2);
    }
}
