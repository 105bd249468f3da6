package lu.econnector.bench;

import java.util.List;

/**
 * Whether a series sampled during a soak stays flat. A leak shows as a steady climb once the
 * server is warm, not as the first minute's growth (caches, JIT, pools filling), so both tests
 * look at the second half of the run: the heap after a full GC by its least-squares slope, the
 * counts (threads, open files, sockets) by their peak against the first minute's peak plus a
 * margin, since a pool that grows to its size and stays there is not a leak.
 */
final class SoakTrend {

    /** One reading of a series, at this many seconds into the run. */
    record Point(double seconds, double value) {
    }

    /** A series' verdict and the figure it rests on, in words. */
    record Verdict(String series, boolean flat, String why) {
    }

    private SoakTrend() {
    }

    /** Flat when the slope over the second half stays below {@code tolerancePerMinute}. */
    static Verdict slope(String series, List<Point> points, double tolerancePerMinute, String unit) {
        List<Point> late = secondHalf(points);
        if (late.size() < 3) {
            return new Verdict(series, false, "too few samples in the second half (" + late.size() + ")");
        }
        double perMinute = slopePerSecond(late) * 60;
        return new Verdict(series, perMinute < tolerancePerMinute, String.format(java.util.Locale.ROOT,
                "slope over the second half %+.2f %s/min (tolerance < %.1f)", perMinute, unit, tolerancePerMinute));
    }

    /** Flat when no sample of the second half exceeds the first minute's peak by more than {@code margin}. */
    static Verdict bounded(String series, List<Point> points, double margin) {
        List<Point> late = secondHalf(points);
        double firstMinute = points.stream().filter(p -> p.seconds() <= 60).mapToDouble(Point::value).max()
                .orElse(Double.NaN);
        if (late.isEmpty() || Double.isNaN(firstMinute)) {
            return new Verdict(series, false, "no samples in the first minute or the second half");
        }
        double peak = late.stream().mapToDouble(Point::value).max().orElseThrow();
        return new Verdict(series, peak <= firstMinute + margin, String.format(java.util.Locale.ROOT,
                "second-half peak %.0f, first-minute peak %.0f + margin %.0f; slope over the second half %+.2f/min",
                peak, firstMinute, margin, late.size() >= 2 ? slopePerSecond(late) * 60 : 0.0));
    }

    /** The samples from the middle of the run on (by time, not by count). */
    static List<Point> secondHalf(List<Point> points) {
        if (points.isEmpty()) {
            return points;
        }
        double first = points.get(0).seconds();
        double middle = first + (points.get(points.size() - 1).seconds() - first) / 2;
        return points.stream().filter(p -> p.seconds() >= middle).toList();
    }

    /** Ordinary least squares: the slope of value against seconds. */
    static double slopePerSecond(List<Point> points) {
        double meanX = points.stream().mapToDouble(Point::seconds).average().orElseThrow();
        double meanY = points.stream().mapToDouble(Point::value).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Point p : points) {
            covariance += (p.seconds() - meanX) * (p.value() - meanY);
            variance += (p.seconds() - meanX) * (p.seconds() - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
