package lu.econnector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The parsers held to real samples, taken on this kind of machine (Linux, OpenJDK 17, G1). */
class ProcessReadingsTest {

    private static final String STAT = "19732 (java) S 19728 19728 2335 0 -1 4194304 12710 0 0 0 110 17 0 0 20 0 22 0"
            + " 4962663 2705551360 17185 18446744073709551615 94859416354816 94859416355701 140725010311104 0 0 0 0 2"
            + " 16800973 0 0 0 17 0 0 0 0 0 0";

    @Test
    void cpuTimeIsUserPlusSystemTicks() {
        assertThat(ProcessReadings.cpuTicks(STAT)).isEqualTo(110 + 17);
    }

    @Test
    void aThreadNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = STAT.replace("(java)", "(Payara (x) 1)");
        assertThat(ProcessReadings.cpuTicks(stat)).isEqualTo(127);
    }

    @Test
    void jitCompilerThreadsAreKnownByTheirCutName() {
        assertThat(ProcessReadings.isCompilerThread(STAT.replace("(java)", "(C2 CompilerThre)"))).isTrue();
        assertThat(ProcessReadings.isCompilerThread(STAT.replace("(java)", "(C1 CompilerThre)"))).isTrue();
        assertThat(ProcessReadings.isCompilerThread(STAT.replace("(java)", "(http-thread-poo)"))).isFalse();
        assertThat(ProcessReadings.isCompilerThread(STAT.replace("(java)", "(GC Thread#0)"))).isFalse();
    }

    @Test
    void residentMemoryComesFromVmRss() {
        String status = "Name:\tjava\nVmPeak:\t 2705552 kB\nVmHWM:\t   70000 kB\nVmRSS:\t   68908 kB\nRssAnon:\t   50000 kB\n";
        assertThat(ProcessReadings.rssKib(status)).hasValue(68908);
        assertThat(ProcessReadings.rssKib("Name:\tkthreadd\n")).isEmpty();
    }

    @Test
    void heapInUseIsTheHeapLineNotMetaspace() {
        String heapInfo = """
                19732:
                 garbage-first heap   total 14336K, used 2869K [0x00000000fc000000, 0x0000000100000000)
                  region size 1024K, 0 young (0K), 0 survivors (0K)
                 Metaspace       used 8939K, committed 9088K, reserved 1114112K
                  class space    used 1062K, committed 1152K, reserved 1048576K
                """;
        assertThat(ProcessReadings.heapUsedKib(heapInfo)).hasValue(2869);
        assertThat(ProcessReadings.heapUsedKib("19732:\nCommand executed successfully\n")).isEmpty();
    }

    @Test
    void heapInUseOfTheParallelCollectorIsTheSumOfItsGenerations() {
        String heapInfo = """
                19260:
                 PSYoungGen      total 110592K, used 8325K [0x00000000f8000000, 0x00000000ffe80000, 0x0000000100000000)
                  eden space 93696K, 0% used [0x00000000f8000000,0x00000000f80ade20,0x00000000fdb80000)
                  from space 16896K, 45% used [0x00000000fee00000,0x00000000ff573820,0x00000000ffe80000)
                  to   space 17920K, 0% used [0x00000000fdb80000,0x00000000fdb80000,0x00000000fed00000)
                 ParOldGen       total 262144K, used 104583K [0x00000000e8000000, 0x00000000f8000000, 0x00000000f8000000)
                  object space 262144K, 39% used [0x00000000e8000000,0x00000000ee621d08,0x00000000f8000000)
                 Metaspace       used 129911K, committed 131072K, reserved 1179648K
                  class space    used 15938K, committed 16512K, reserved 1048576K
                """;
        assertThat(ProcessReadings.heapUsedKib(heapInfo)).hasValue(8325 + 104583);
    }

    @Test
    void machineBusyTimeLeavesOutIdleAndIowait() {
        long[] ticks = ProcessReadings.machineTicks("cpu  2214798 10178 402579 7271622 4529 0 7404 0 0 0\n"
                + "cpu0 1107399 5089 201289 3635811 2264 0 3702 0 0 0\n");
        long total = 2214798 + 10178 + 402579 + 7271622 + 4529 + 7404;
        assertThat(ticks).containsExactly(total - 7271622 - 4529, total);
    }

    @Test
    void payaraReadyInIsReadWithItsGroupingSeparator() {
        String console = "[2026-12-03T07:01:02.345+0000] [] [INFO] [] [PayaraMicro] [tid: _ThreadID=1]"
                + " [[\n  Payara Micro  6.2025.10 #badassmicrofish (build 123) ready in 22,830 (ms)]]\n";
        assertThat(ProcessReadings.readyInMillis(console)).hasValue(22830.0);
        assertThat(ProcessReadings.readyInMillis("still deploying")).isEmpty();
    }

    @Test
    void thisJvmHasCpuTimeAndResidentMemory() throws IOException {
        long pid = ProcessHandle.current().pid();
        assertThat(ProcessReadings.cpuTicks(pid)).isPositive();
        assertThat(ProcessReadings.rssKib(pid).orElse(0)).isPositive();
    }

    @Test
    void liveThreadsComeFromTheStatusFile() {
        String status = "Name:\tjava\nVmRSS:\t   68908 kB\nThreads:\t142\nSigQ:\t0/31457\n";
        assertThat(ProcessReadings.threads(status)).hasValue(142);
        assertThat(ProcessReadings.threads("Name:\tjava\n")).isEmpty();
    }

    @Test
    void socketsAreTheDescriptorsThatPointAtASocketInode() {
        assertThat(ProcessReadings.sockets(java.util.List.of("/dev/null", "pipe:[4471]", "socket:[88120]",
                "/opt/payara/domain/logs/server.log", "anon_inode:[eventpoll]", "socket:[88125]"))).isEqualTo(2);
    }

    @Test
    void theDescriptorsOfThisJvmAreReadable() throws IOException {
        assertThat(ProcessReadings.fdTargets(ProcessHandle.current().pid())).isNotEmpty();
    }

    @Test
    void liveBytesAreTheClassHistogramsTotal() {
        String histogram = """
                12345:
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:        183021       18402712  [B (java.base@17.0.13)
                   2:        170022        4080528  java.lang.String (java.base@17.0.13)
                Total       1739211      112450408
                """;
        assertThat(ProcessReadings.liveBytes(histogram)).hasValue(112450408);
        assertThat(ProcessReadings.liveBytes("12345:\nno histogram")).isEmpty();
    }
}
