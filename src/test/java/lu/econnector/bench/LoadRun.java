package lu.econnector.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A number of documents made by a number of clients at once, each starting its next document
 * as soon as its last is done (a closed loop): throughput and latency of the delivered ones,
 * the failures counted apart.
 */
final class LoadRun {

    /** What a run measured; latencies of the delivered documents only. */
    record Result(int clients, int delivered, double seconds, long[] sortedNanos, Map<String, Integer> errors) {

        double documentsPerSecond() {
            return delivered / seconds;
        }

        double p50Millis() {
            return percentileMillis(0.50);
        }

        double p99Millis() {
            return percentileMillis(0.99);
        }

        private double percentileMillis(double fraction) {
            return Latencies.of(sortedNanos).percentileMillis(fraction);
        }

        int failed() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private LoadRun() {
    }

    /** An exception thrown by the task stops the run: it means the benchmark itself cannot go on. */
    static Result run(Callable<Outcome> document, int clients, int documents)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                futures.add(pool.submit(document));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] delivered = outcomes.stream().filter(o -> !o.failed()).mapToLong(Outcome::nanos).toArray();
            Arrays.sort(delivered);
            Map<String, Integer> errors = new LinkedHashMap<>();
            outcomes.stream().filter(Outcome::failed).forEach(o -> errors.merge(o.error(), 1, Integer::sum));
            return new Result(clients, delivered.length, seconds, delivered, errors);
        } finally {
            pool.shutdownNow();
        }
    }
}
