package lu.econnector.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Docker daemon of the test's own: no bridge, no iptables rules (containers use the host's
 * network), its images under the build folder, its socket and runtime state in a folder of
 * its own, so that it neither needs nor touches a Docker the machine may run. Stopped by its
 * own process, never by name.
 */
final class DockerDaemon implements AutoCloseable {

    /** Docker 20.10's client, of the same package as the daemon; any other on the PATH otherwise. */
    private static final String CLIENT = Files.isExecutable(Path.of("/usr/bin/docker")) ? "/usr/bin/docker" : "docker";

    private final Process process;
    private final Path log;
    private final String host;

    private DockerDaemon(Process process, Path log, String host) {
        this.process = process;
        this.log = log;
        this.host = host;
    }

    /**
     * @param dataRoot images and layers, kept between runs (a second run reuses the base images)
     * @param stateDir socket, pid file and runtime state: a short path, as a socket's must be
     * @throws AssertionError saying why, when the daemon cannot start: this test needs it
     */
    static DockerDaemon start(Path dataRoot, Path stateDir) throws IOException, InterruptedException {
        Files.createDirectories(dataRoot);
        Files.createDirectories(stateDir.resolve("exec"));
        Path log = stateDir.resolve("dockerd.log");
        String host = "unix://" + stateDir.toAbsolutePath().resolve("docker.sock");
        Process process;
        try {
            process = new ProcessBuilder("dockerd", "--iptables=false", "--ip6tables=false", "--bridge=none",
                    "--data-root", dataRoot.toAbsolutePath().toString(),
                    "--exec-root", stateDir.toAbsolutePath().resolve("exec").toString(),
                    "--pidfile", stateDir.toAbsolutePath().resolve("dockerd.pid").toString(),
                    "-H", host).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException notInstalled) {
            throw new AssertionError("dockerd cannot be run (" + notInstalled.getMessage() + "): this test builds and"
                    + " runs the container image; install Debian's docker.io and debootstrap (./test does)");
        }
        DockerDaemon daemon = new DockerDaemon(process, log, host);
        Instant deadline = Instant.now().plusSeconds(60);
        while (daemon.run(Duration.ofSeconds(10), "version").exit() != 0) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                daemon.close();
                throw new AssertionError("dockerd did not start; it needs root (or the privileges to mount overlays"
                        + " and create cgroups). Its log:\n" + daemon.log());
            }
            Thread.sleep(500);
        }
        return daemon;
    }

    record Result(int exit, String output) {

        Result orFail(String what) {
            if (exit != 0) {
                throw new AssertionError(what + " failed (exit " + exit + "):\n" + output);
            }
            return this;
        }
    }

    /** Runs the Docker client against this daemon; its output and errors together. */
    Result run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        return run(timeout, null, List.of(arguments));
    }

    /** @param stdin fed to the client (a Dockerfile, a tar stream), or null */
    Result run(Duration timeout, Path stdin, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CLIENT, "-H", host));
        command.addAll(arguments);
        Path output = Files.createTempFile("docker-client", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // The classic builder: it takes --network host for RUN steps without BuildKit's entitlements.
            builder.environment().put("DOCKER_BUILDKIT", "0");
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process client = builder.start();
            if (!client.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                client.destroyForcibly().waitFor();
                throw new AssertionError("docker " + arguments + " still running after " + timeout + ":\n"
                        + Files.readString(output));
            }
            return new Result(client.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to our daemon, which stops its containers and its containerd; SIGKILL if it lingers. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
