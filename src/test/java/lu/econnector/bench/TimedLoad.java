package lu.econnector.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Closed-loop clients for a fixed time: each client sends its next request as soon as its last
 * answer is in, through a warm-up, then a measured window. What completes inside the window
 * counts (throughput is completions per second of window, as a client sees it); what completes
 * before it or after it does not. The window's edges are announced, so that the caller can read
 * CPU counters exactly there.
 */
final class TimedLoad {

    /** Told when the measured window opens and closes (called on the timing thread). */
    interface Window {
        void opened(Instant at);

        void closed(Instant at);
    }

    /** What a window measured: documents and latencies of the delivered requests, failures apart. */
    record Row(int clients, double seconds, int documents, Latencies latencies, Map<String, Integer> errors) {

        double documentsPerSecond() {
            return documents / seconds;
        }

        int failed() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private TimedLoad() {
    }

    static Row run(Callable<Outcome> request, int clients, Duration warmup, Duration measured, Window window)
            throws InterruptedException {
        long opens = System.nanoTime() + warmup.toNanos();
        long closes = opens + measured.toNanos();
        List<Client> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(request, opens, closes);
            Thread thread = new Thread(client, "load-client-" + i);
            thread.setDaemon(true);
            client.thread = thread;
            running.add(client);
            thread.start();
        }
        sleepUntil(opens);
        window.opened(Instant.now());
        sleepUntil(closes);
        window.closed(Instant.now());
        List<Long> nanos = new ArrayList<>();
        Map<String, Integer> errors = new LinkedHashMap<>();
        int documents = 0;
        for (Client client : running) {
            // A request in flight at the close finishes (each has its timeout), uncounted.
            client.thread.join();
            for (Outcome outcome : client.counted) {
                if (outcome.failed()) {
                    errors.merge(outcome.error(), 1, Integer::sum);
                } else {
                    nanos.add(outcome.nanos());
                    documents += outcome.documents();
                }
            }
        }
        return new Row(clients, measured.toNanos() / 1e9, documents,
                Latencies.of(nanos.stream().mapToLong(Long::longValue).toArray()), errors);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, left / 1_000_000));
        }
    }

    private static final class Client implements Runnable {
        private final Callable<Outcome> request;
        private final long opens;
        private final long closes;
        private final List<Outcome> counted = new ArrayList<>();
        private Thread thread;

        Client(Callable<Outcome> request, long opens, long closes) {
            this.request = request;
            this.opens = opens;
            this.closes = closes;
        }

        @Override
        public void run() {
            while (System.nanoTime() < closes) {
                long start = System.nanoTime();
                Outcome outcome;
                try {
                    outcome = request.call();
                } catch (Exception e) {
                    // One broken request must not stop a long run: it is an error of its row.
                    outcome = Outcome.failed(System.nanoTime() - start, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                long end = System.nanoTime();
                if (end >= opens && end < closes) {
                    counted.add(outcome);
                }
            }
        }
    }
}
