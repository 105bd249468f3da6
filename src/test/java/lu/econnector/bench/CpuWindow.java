package lu.econnector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time spent over a measured window, from Linux's counters read at its edges: by the
 * server, by the simulators, by this JVM (the clients, or the floor's threads), and by the
 * whole machine (what else ran on the same cores shows as the machine's busy time minus ours);
 * and of the first three, the part their JIT compiler threads took.
 */
final class CpuWindow implements TimedLoad.Window {

    enum Counter { SERVER, SIMULATORS, CLIENTS, MACHINE_BUSY, MACHINE_TOTAL, SERVER_JIT, SIMULATORS_JIT, CLIENTS_JIT }

    private final long serverPid;
    private final long simulatorsPid;
    private long[] atOpen;
    private long[] atClose;
    private Instant opened;
    private Instant closed;

    /** @param serverPid -1 when there is no server (the floor) or it was not found; likewise the simulators */
    CpuWindow(long serverPid, long simulatorsPid) {
        this.serverPid = serverPid;
        this.simulatorsPid = simulatorsPid;
    }

    @Override
    public void opened(Instant at) {
        opened = at;
        atOpen = read();
    }

    @Override
    public void closed(Instant at) {
        closed = at;
        atClose = read();
    }

    Instant opened() {
        return opened;
    }

    Instant closed() {
        return closed;
    }

    /** Clock ticks over the window, -1 when the counter could not be read. */
    long ticks(Counter counter) {
        int i = counter.ordinal();
        return atOpen[i] < 0 || atClose[i] < 0 ? -1 : atClose[i] - atOpen[i];
    }

    private long[] read() {
        long[] machine = machine();
        long self = ProcessHandle.current().pid();
        return new long[] {ticksOf(serverPid), ticksOf(simulatorsPid), ticksOf(self), machine[0], machine[1],
                compilerTicksOf(serverPid), compilerTicksOf(simulatorsPid), compilerTicksOf(self)};
    }

    /**
     * The share of a process's CPU over the window that its JIT compilers took, in percent; NaN
     * when unknown or when the process took no CPU.
     */
    double jitPercent(Counter process, Counter itsCompilers) {
        long all = ticks(process);
        long jit = ticks(itsCompilers);
        return all <= 0 || jit < 0 ? Double.NaN : 100.0 * jit / all;
    }

    /**
     * The JIT's share of the CPU of each process under load over the window, by whose: the
     * server's and the simulators', or this JVM's alone when there is no server (a floor).
     */
    Map<String, Double> jitPercentUnderLoad() {
        Map<String, Double> shares = new LinkedHashMap<>();
        if (serverPid > 0) {
            shares.put("the server's", jitPercent(Counter.SERVER, Counter.SERVER_JIT));
            shares.put("the simulators'", jitPercent(Counter.SIMULATORS, Counter.SIMULATORS_JIT));
        } else {
            shares.put("this JVM's", jitPercent(Counter.CLIENTS, Counter.CLIENTS_JIT));
        }
        return shares;
    }

    private static long compilerTicksOf(long pid) {
        try {
            return pid > 0 ? ProcessReadings.compilerTicks(pid) : -1;
        } catch (IOException gone) {
            return -1;
        }
    }

    private static long ticksOf(long pid) {
        try {
            return pid > 0 ? ProcessReadings.cpuTicks(pid) : -1;
        } catch (IOException gone) {
            return -1;
        }
    }

    private static long[] machine() {
        try {
            return ProcessReadings.machineTicks(Files.readString(Path.of("/proc/stat")));
        } catch (IOException unreadable) {
            return new long[] {-1, -1};
        }
    }
}
