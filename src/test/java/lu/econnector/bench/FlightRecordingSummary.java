package lu.econnector.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of the server reduced to what a measured window cost: CPU samples by
 * stage and frame ({@link StackProfile}), TLS handshakes by peer, bytes allocated and garbage
 * collections. Only events inside the window count, so the recording may start during the
 * warm-up.
 */
final class FlightRecordingSummary {

    private final StackProfile cpu = new StackProfile();
    private final Map<String, Integer> handshakesByPeer = new TreeMap<>();
    private long allocatedBytes;
    private int collections;
    private Duration pauses = Duration.ZERO;
    private long peakThreads;

    /**
     * Summarises a recording kept by an earlier run: {@code <file.jfr> [documents [skipSeconds
     * windowSeconds]]}, the documents to divide by (1 if not given) and the window to keep,
     * counted from the recording's first CPU sample (all of it if not given; a run's recording
     * starts with its row's warm-up, {@code bench.warmupSeconds}).
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        if (args.length > 3) {
            // The first CPU sample: a few events (settings, JVM facts) carry older times.
            Instant first = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample"))
                    .map(RecordedEvent::getStartTime).min(Instant::compareTo).orElseThrow();
            from = first.plusSeconds(Long.parseLong(args[2]));
            to = from.plusSeconds(Long.parseLong(args[3]));
        }
        read(file, from, to).print(System.out, file.toString(), documents);
    }

    static FlightRecordingSummary read(Path recording, Instant from, Instant to) throws IOException {
        FlightRecordingSummary summary = new FlightRecordingSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getStartTime().isBefore(from) && event.getStartTime().isBefore(to)) {
                summary.add(event);
            }
        }
        return summary;
    }

    private void add(RecordedEvent event) {
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> cpu.add(frames(event.getStackTrace()));
            // The server's side of a vendor's connection records no peer.
            case "jdk.TLSHandshake" -> handshakesByPeer.merge(event.getString("peerHost") == null ? "inbound"
                    : "to " + event.getString("peerHost") + ":" + event.getInt("peerPort"), 1, Integer::sum);
            case "jdk.ObjectAllocationSample" -> allocatedBytes += event.getLong("weight");
            case "jdk.GarbageCollection" -> {
                collections++;
                pauses = pauses.plus(event.getDuration("sumOfPauses"));
            }
            case "jdk.JavaThreadStatistics" -> peakThreads = Math.max(peakThreads, event.getLong("activeCount"));
            default -> {
                // other events of the profile settings: not summarised
            }
        }
    }

    private static List<String> frames(RecordedStackTrace trace) {
        List<String> frames = new ArrayList<>();
        if (trace != null) {
            for (RecordedFrame frame : trace.getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
        }
        return frames;
    }

    int handshakes() {
        return handshakesByPeer.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The report of one endpoint's window; per-document figures need the documents it delivered. */
    void print(PrintStream out, String what, int documents) {
        int perDoc = Math.max(1, documents);
        out.printf("%n=== profile: %s (%d documents in the window, %d CPU samples) ===%n", what, documents, cpu.samples());
        out.printf("TLS handshakes: %d (%.2f per document)%s%n", handshakes(), handshakes() / (double) perDoc,
                handshakesByPeer.isEmpty() ? "" : " by peer " + handshakesByPeer);
        out.printf("allocated: ~%.1f MB per document (%.0f MB in all, sampled); GC: %d collections, %d ms of pauses;"
                + " live Java threads: up to %d%n", allocatedBytes / 1e6 / perDoc, allocatedBytes / 1e6, collections,
                pauses.toMillis(), peakThreads);
        out.println("stages (share of CPU samples, inclusive; stages overlap) and their top self frames:");
        for (StackProfile.Stage stage : StackProfile.STAGES) {
            double share = cpu.share(stage);
            if (share >= 0.005) {
                out.printf("  %5.1f %%  %s%n", 100 * share, stage.name());
                cpu.topSelf(stage, 3).forEach(e -> out.printf("            %5.1f %%  %s%n",
                        100.0 * e.getValue() / cpu.samples(), e.getKey()));
            }
        }
        out.println("top self frames:");
        cpu.topSelf(15).forEach(e -> out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / cpu.samples(), e.getKey()));
        out.println("top inclusive frames of the eConnector's own code:");
        cpu.topInclusive("lu.econnector.", 15).forEach(e -> out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / cpu.samples(), e.getKey()));
    }
}
