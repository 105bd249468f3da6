package lu.econnector.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's {@code jcmd} against the server's JVM: a full GC then the heap in use, and flight
 * recordings started and stopped around a measured window. Each call starts a small JVM, so the
 * benchmark calls it outside measured windows only.
 */
final class Jcmd {

    private final long pid;

    Jcmd(long pid) {
        this.pid = pid;
    }

    /** The heap in use right after a full collection: the live set, what a smaller -Xmx must hold. */
    OptionalLong heapAfterGcKib() throws IOException, InterruptedException {
        run("GC.run");
        return ProcessReadings.heapUsedKib(run("GC.heap_info"));
    }

    /** The bytes of live objects, counted right after a full collection (the class histogram forces one). */
    OptionalLong liveBytes() throws IOException, InterruptedException {
        return ProcessReadings.liveBytes(run("GC.class_histogram"));
    }

    void startRecording(String name, Path settings) throws IOException, InterruptedException {
        run("JFR.start", "name=" + name, "settings=" + settings.toAbsolutePath());
    }

    void stopRecording(String name, Path file) throws IOException, InterruptedException {
        run("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
    }

    private String run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + out.strip());
        }
        return out;
    }
}
