package lu.econnector.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Linux and the JDK's tools say about a process, parsed: CPU time from
 * {@code /proc/<pid>/stat}, resident memory from {@code /proc/<pid>/status}, the heap in use
 * from {@code jcmd <pid> GC.heap_info}, and Payara Micro's boot time from its console. The
 * parsers take the text, so a test can hold them to real samples.
 */
final class ProcessReadings {

    private static final Pattern RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");
    /**
     * "total NK, used NK": G1 prints it once for its whole heap, Parallel and Serial once per
     * generation (young, then old); metaspace lines say "used NK, committed" and do not match.
     */
    private static final Pattern HEAP_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern THREADS = Pattern.compile("(?m)^Threads:\\s+(\\d+)");
    /** The histogram's last line: "Total   <instances>   <bytes>". */
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern READY_IN = Pattern.compile("ready in ([\\d,.]+) \\(ms\\)");

    private ProcessReadings() {
    }

    /**
     * CPU time (user + system) in clock ticks from a {@code stat} line. The process name (field
     * 2) is in parentheses and may itself hold spaces and parentheses, so fields are counted
     * from the last ')': after it come state (3), …, utime (14) and stime (15).
     */
    static long cpuTicks(String stat) {
        String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        return Long.parseLong(after[14 - 3]) + Long.parseLong(after[15 - 3]);
    }

    /**
     * The machine's busy and total clock ticks since boot, from the first ({@code cpu}) line of
     * {@code /proc/stat}: user nice system idle iowait irq softirq steal …; idle and iowait are
     * not busy, guest time is already inside user.
     */
    static long[] machineTicks(String procStat) {
        String[] fields = procStat.lines().filter(l -> l.startsWith("cpu ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cpu line")).trim().split(" +");
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total};
    }

    static OptionalLong rssKib(String status) {
        Matcher m = RSS.matcher(status);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    static OptionalLong heapUsedKib(String heapInfo) {
        Matcher m = HEAP_USED.matcher(heapInfo);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            used += Long.parseLong(m.group(2));
            found = true;
        }
        return found ? OptionalLong.of(used) : OptionalLong.empty();
    }

    /**
     * The bytes of live objects from {@code jcmd <pid> GC.class_histogram}, which counts only
     * what a full collection just before it left: unlike {@code GC.heap_info} after a separate
     * {@code GC.run}, no allocation slips in between.
     */
    static OptionalLong liveBytes(String histogram) {
        Matcher m = HISTOGRAM_TOTAL.matcher(histogram);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(2))) : OptionalLong.empty();
    }

    /** The live threads of a process, from its {@code /proc/<pid>/status}. */
    static OptionalLong threads(String status) {
        Matcher m = THREADS.matcher(status);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * How many of a process's open files are sockets, from the targets of its
     * {@code /proc/<pid>/fd} links ({@code socket:[inode]}; files, pipes and anonymous inodes
     * read otherwise): its TCP connections and listeners, without parsing the whole network
     * namespace's {@code /proc/net/tcp}.
     */
    static long sockets(List<String> fdTargets) {
        return fdTargets.stream().filter(target -> target.startsWith("socket:")).count();
    }

    /** The targets of a live process's open file descriptors; one closed while listed is skipped. */
    static List<String> fdTargets(long pid) throws IOException {
        List<String> targets = new ArrayList<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    // gone between the listing and the read: not open any more
                }
            }
        }
        return targets;
    }

    /** Payara Micro's "… ready in 22,830 (ms)" (grouping separator of the server's locale). */
    static OptionalDouble readyInMillis(String console) {
        Matcher m = READY_IN.matcher(console);
        OptionalDouble last = OptionalDouble.empty();
        while (m.find()) {
            last = OptionalDouble.of(Double.parseDouble(m.group(1).replaceAll("[,.]", "")));
        }
        return last;
    }

    /**
     * Whether a thread's name (its {@code comm}, which Linux cuts at 15 characters) is one of
     * HotSpot's JIT compiler threads: "C1 CompilerThread0", "C2 CompilerThread1", ….
     */
    static boolean isCompilerThread(String stat) {
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        return name.matches("C[12] CompilerThre.*");
    }

    /**
     * CPU ticks of a live JVM's JIT compiler threads, summed over {@code /proc/<pid>/task}: what
     * a compiler thread that has ended took is not counted, HotSpot's compiler threads rarely end.
     */
    static long compilerTicks(long pid) throws IOException {
        long ticks = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue;
                }
                if (isCompilerThread(stat)) {
                    ticks += cpuTicks(stat);
                }
            }
        }
        return ticks;
    }

    /** CPU ticks of a live process; the JVM's own ticks for {@code ProcessHandle.current()}. */
    static long cpuTicks(long pid) throws IOException {
        return cpuTicks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
    }

    static OptionalLong rssKib(long pid) throws IOException {
        return rssKib(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
    }

    /** Linux's USER_HZ, almost always 100, asked once of {@code getconf}. */
    static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
