package lu.econnector.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lu.econnector.sandbox.SandboxExtension;

/** A server started as an operator would, its output captured to a file, always stopped. */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ServerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** The production launch script, {@code server-config/econnector.sh}. */
    static final Path LAUNCH_SCRIPT = Path.of(System.getProperty("econnector.serverConfig", "server-config"),
            "econnector.sh").toAbsolutePath();

    /**
     * A server started through the launch script, as an operator starts one. Without class data
     * sharing unless the test asks for it: each test's runtime folder is new, so the recording
     * would only slow its boot and its stop.
     */
    static ServerProcess launched(Map<String, String> environment, Path output) {
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("ECONNECTOR_CLASS_SHARING", "off");
        return start(List.of("bash", LAUNCH_SCRIPT.toString()), env, output);
    }

    /**
     * @param environment replaces the inherited environment entirely, so that what the test
     *                    does not set is really unset (ACCEPT_LICENSE, above all)
     */
    static ServerProcess start(List<String> command, Map<String, String> environment, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        builder.environment().putAll(environment);
        try {
            return new ServerProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** Waits until the output holds the line, or fails with the output so far. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("no '" + text + "' in the output:\n" + output());
            }
            Thread.sleep(200);
        }
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process started: the server's JVM itself when a launch script ends with {@code exec java}. */
    long pid() {
        return process.pid();
    }

    /** As an orchestrator stops it (SIGTERM), waiting for its exit up to {@code timeout}. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    /** As a crash or {@code kill -9}: no shutdown hook, no goodbye to the data grid. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops it, and whatever it started that outlives it (a launch script's JVM). */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(20, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                child.destroyForcibly();
            }
        }
        keepLog(output);
    }

    /**
     * A copy of a server's output in {@code target/it/logs/}, which outlives the test's
     * temporary folder: the log scan after the suite reads it with every other log.
     */
    static void keepLog(Path output) {
        try {
            Path kept = SandboxExtension.IT_DIR.resolve("logs");
            Files.createDirectories(kept);
            if (Files.exists(output)) {
                Files.copy(output, kept.resolve(ProcessHandle.current().pid() + "-" + System.nanoTime() + "-"
                        + output.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
