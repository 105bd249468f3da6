package lu.econnector.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.OptionalLong;

/**
 * The benchmark's table: per row the throughput and latency seen by the clients, then where
 * the CPU went over the window (milliseconds per delivered document for the server, the
 * simulators and the clients; the simulators' share of server + simulators; the machine's
 * time taken by other processes; the JIT compilers' share of the server's CPU, or of the
 * floor's JVM in a floor's row), then the ratio to the in-process floor.
 */
final class RowPrinter {

    private static final String FORMAT = "%-20s %4s %7s %7s %7s %7s %6s | %7s %7s %7s %5s %6s %5s | %5s%n";

    private final PrintStream out;
    private final long ticksPerSecond;

    RowPrinter(PrintStream out, long ticksPerSecond) {
        this.out = out;
        this.ticksPerSecond = ticksPerSecond;
    }

    void header() {
        out.printf(FORMAT, "what", "cli", "docs/s", "p50ms", "p90ms", "p99ms", "errors",
                "srv ms", "sim ms", "cli ms", "sim%", "other%", "jit%", "ratio");
        out.printf(FORMAT, "", "", "", "", "", "", "", "CPU/doc", "CPU/doc", "CPU/doc", "", "", "", "floor");
    }

    void row(String what, TimedLoad.Row row, CpuWindow cpu, double ratio) {
        Latencies l = row.latencies();
        long server = cpu.ticks(CpuWindow.Counter.SERVER);
        long simulators = cpu.ticks(CpuWindow.Counter.SIMULATORS);
        long clients = cpu.ticks(CpuWindow.Counter.CLIENTS);
        long busy = cpu.ticks(CpuWindow.Counter.MACHINE_BUSY);
        long total = cpu.ticks(CpuWindow.Counter.MACHINE_TOTAL);
        long ours = Math.max(0, server) + Math.max(0, simulators) + Math.max(0, clients);
        double jit = server >= 0 ? cpu.jitPercent(CpuWindow.Counter.SERVER, CpuWindow.Counter.SERVER_JIT)
                : cpu.jitPercent(CpuWindow.Counter.CLIENTS, CpuWindow.Counter.CLIENTS_JIT);
        out.printf(FORMAT, what, row.clients(), f1(row.documentsPerSecond()), f1(l.percentileMillis(0.50)),
                f1(l.percentileMillis(0.90)), f1(l.percentileMillis(0.99)), row.failed(),
                perDocument(server, row), perDocument(simulators, row), perDocument(clients, row),
                server > 0 && simulators >= 0 ? f1(100.0 * simulators / (simulators + server)) : "-",
                busy >= 0 && total > 0 ? f1(100.0 * Math.max(0, busy - ours) / total) : "-",
                Double.isNaN(jit) ? "-" : f1(jit),
                Double.isNaN(ratio) ? "-" : String.format("%.2f", ratio));
        row.errors().forEach((error, count) -> out.printf("    %d failed: %s%n", count, error));
    }

    /** The server's resident memory now, then its heap in use after a full GC (the GC runs after RSS is read). */
    void memory(long serverPid, String when) {
        if (serverPid <= 0) {
            return;
        }
        try {
            OptionalLong rss = ProcessReadings.rssKib(serverPid);
            OptionalLong heap = new Jcmd(serverPid).heapAfterGcKib();
            out.printf("    server%s: RSS %s MB, heap after full GC %s MB%n", when == null ? "" : " " + when,
                    mb(rss), mb(heap));
        } catch (IOException e) {
            out.println("    server memory not read: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void boot(SandboxUnderLoad.Boot boot) {
        out.printf("boot: launch script -> first 200 on /econnector/status %.1f s; Payara Micro \"ready in\" %s%n",
                boot.toFirst200().toMillis() / 1000.0,
                boot.payaraReadyMillis().isPresent() ? String.format("%.1f s", boot.payaraReadyMillis().getAsDouble() / 1000)
                        : "not found in the console");
    }

    private String perDocument(long ticks, TimedLoad.Row row) {
        return ticks < 0 || row.documents() == 0 ? "-" : f1(1000.0 * ticks / ticksPerSecond / row.documents());
    }

    private static String mb(OptionalLong kib) {
        return kib.isPresent() ? String.valueOf(kib.getAsLong() / 1024) : "?";
    }

    private static String f1(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.1f", value);
    }
}
