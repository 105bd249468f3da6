package lu.econnector.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The soak's findings as Markdown: the samples, the verdicts, the errors and the burst. */
record SoakReport(Duration length, int clients, List<SoakBenchmark.Sample> samples, List<SoakTrend.Verdict> verdicts,
                  Map<SoakBenchmark.Kind, SoakBenchmark.Tally> tallies, int faultWindows, SoakBenchmark.Burst burst,
                  SoakBenchmark.Sample afterBurst, double[] cpuPercent) {

    boolean passed() {
        return verdicts.stream().allMatch(SoakTrend.Verdict::flat) && unexpected() == 0 && burst.passed();
    }

    long unexpected() {
        return tallies.values().stream().mapToLong(t -> t.unexpected.get()).sum();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Soak: %d min of mixed traffic, %s%n%n", length.toMinutes(),
                passed() ? "passed" : "FAILED"));
        md.append(String.format(Locale.ROOT, "Run ended %s, %d closed-loop clients, %d KMS fault windows; over the run "
                + "the server used %.0f%% of the machine's CPU, everything else (the simulators, the clients and "
                + "any other process) %.0f%%.%n%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), clients, faultWindows, cpuPercent[0], cpuPercent[1]));
        md.append("## Samples (every 10 s)\n\n");
        md.append("| s | heap after GC MiB | threads | open files | sockets | RSS MiB |\n|---|---|---|---|---|---|\n");
        for (SoakBenchmark.Sample s : samples) {
            md.append(row(s));
        }
        md.append("\nAfter the burst: ").append(row(afterBurst).trim()).append("\n\n");
        md.append("## Trends\n\n| series | verdict | figure |\n|---|---|---|\n");
        for (SoakTrend.Verdict v : verdicts) {
            md.append("| ").append(v.series()).append(" | ").append(v.flat() ? "flat" : "**GROWING**").append(" | ")
                    .append(v.why()).append(" |\n");
        }
        md.append("\n## Requests\n\n| kind | delivered | refused as expected | injected (fault windows) | unexpected |\n"
                + "|---|---|---|---|---|\n");
        tallies.forEach((kind, t) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), t.delivered.get(), t.refusedAsExpected.get(),
                t.injected.get(), t.unexpected.get())));
        tallies.forEach((kind, t) -> t.unexpectedWhy.forEach((why, n) ->
                md.append(String.format(Locale.ROOT, "%nunexpected %s: %d × %s", kind, n, why))));
        md.append(String.format(Locale.ROOT, "%nUnexpected errors in all: %d.%n%n", unexpected()));
        md.append(String.format(Locale.ROOT, "## Burst%n%n%d simultaneous `signed` requests: %d delivered, %d refused "
                + "with 503 and `Retry-After`, %d otherwise%s; all answered after %d ms (client timeout 60 s). "
                + "The next request: %s.%n", burst.sent(), burst.delivered(), burst.busyWithRetryAfter(),
                burst.other().values().stream().mapToInt(Integer::intValue).sum(),
                burst.other().isEmpty() ? "" : " " + burst.other(), burst.slowestMillis(),
                burst.nextRequest() == null ? "delivered" : "FAILED " + burst.nextRequest()));
        return md.toString();
    }

    private static String row(SoakBenchmark.Sample s) {
        return String.format(Locale.ROOT, "| %.0f | %.1f | %d | %d | %d | %.1f |%n", s.seconds(), s.heapAfterGcKib() / 1024.0,
                s.threads(), s.openFiles(), s.sockets(), s.rssKib() / 1024.0);
    }
}
