package lu.econnector.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class SoakTrendTest {

    /** Ten minutes sampled every 10 s. */
    private static List<SoakTrend.Point> series(DoubleUnaryOperator valueAtSecond) {
        List<SoakTrend.Point> points = new ArrayList<>();
        for (int s = 10; s <= 600; s += 10) {
            points.add(new SoakTrend.Point(s, valueAtSecond.applyAsDouble(s)));
        }
        return points;
    }

    @Test
    void theSlopeOfALineIsItsGradient() {
        assertThat(SoakTrend.slopePerSecond(series(s -> 3 + 0.5 * s))).isCloseTo(0.5, within(1e-9));
        assertThat(SoakTrend.slopePerSecond(series(s -> 42))).isZero();
    }

    @Test
    void aHeapThatClimbsSteadilyIsALeak() {
        SoakTrend.Verdict leak = SoakTrend.slope("heap", series(s -> 80 + s / 10.0), 5, "MiB");
        assertThat(leak.flat()).isFalse();
        assertThat(leak.why()).contains("+6.00 MiB/min");
    }

    @Test
    void aHeapThatWarmsUpThenOscillatesIsFlat() {
        // +60 MiB in the first two minutes, then a sawtooth of ±4 MiB: only the second half counts.
        SoakTrend.Verdict warm = SoakTrend.slope("heap",
                series(s -> Math.min(s, 120) / 2.0 + ((s / 10) % 2 == 0 ? 4 : -4)), 5, "MiB");
        assertThat(warm.flat()).as(warm.why()).isTrue();
    }

    @Test
    void aSlopeNeedsSamplesInTheSecondHalf() {
        assertThat(SoakTrend.slope("heap", List.of(new SoakTrend.Point(10, 1)), 5, "MiB").flat()).isFalse();
    }

    @Test
    void countsMayFillTheirPoolsButNotPassTheFirstMinutesPeakPlusTheMargin() {
        assertThat(SoakTrend.bounded("threads", series(s -> s <= 60 ? 100 + s / 10 : 104), 8).flat()).isTrue();
        assertThat(SoakTrend.bounded("threads", series(s -> s <= 60 ? 106 : 113), 8).flat()).isTrue();
        SoakTrend.Verdict leak = SoakTrend.bounded("sockets", series(s -> 20 + s / 20), 8);
        assertThat(leak.flat()).isFalse();
        assertThat(leak.why()).contains("second-half peak 50").contains("first-minute peak 23");
    }

    @Test
    void theSecondHalfIsByTimeFromTheFirstSample() {
        assertThat(SoakTrend.secondHalf(series(s -> s))).extracting(SoakTrend.Point::seconds)
                .first().isEqualTo(310.0);
    }
}
