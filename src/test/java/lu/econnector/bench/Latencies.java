package lu.econnector.bench;

import java.util.Arrays;

/**
 * Latencies of the delivered requests, sorted once. Percentiles by nearest rank: the p-th
 * percentile is the smallest latency that at least p of the requests did not exceed, always
 * one that was measured (no interpolation between two requests).
 */
final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedNanos.length;
    }

    /** @param fraction in (0, 1]: 0.5 for the median, 0.99 for p99; NaN when nothing was measured */
    double percentileMillis(double fraction) {
        if (fraction <= 0 || fraction > 1) {
            throw new IllegalArgumentException("a percentile is a fraction in (0, 1], not " + fraction);
        }
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        // The epsilon keeps 0.9 × 100 at rank 90: in binary it is a hair above 90.
        int rank = (int) Math.ceil(fraction * sortedNanos.length - 1e-9);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
