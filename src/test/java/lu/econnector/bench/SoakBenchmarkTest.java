package lu.econnector.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakBenchmarkTest {

    @Test
    void lengthsReadAsMinutesSecondsOrHours() {
        assertThat(SoakBenchmark.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(SoakBenchmark.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SoakBenchmark.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(SoakBenchmark.duration("300")).isEqualTo(Duration.ofSeconds(300));
        assertThatThrownBy(() -> SoakBenchmark.duration("ten minutes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServerThatLeaksSocketsFailsOnlyThatSeries() {
        List<SoakBenchmark.Sample> samples = new ArrayList<>();
        for (int s = 10; s <= 300; s += 10) {
            samples.add(new SoakBenchmark.Sample(s, 90 * 1024, 120, 300, 20 + s / 10, 600 * 1024));
        }
        assertThat(SoakBenchmark.verdicts(samples)).extracting(SoakTrend.Verdict::series, SoakTrend.Verdict::flat)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("heap after GC", true),
                        org.assertj.core.groups.Tuple.tuple("threads", true),
                        org.assertj.core.groups.Tuple.tuple("open files", true),
                        org.assertj.core.groups.Tuple.tuple("sockets", false));
    }
}
