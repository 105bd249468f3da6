package lu.econnector.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.EconnectorOnSandbox;
import lu.econnector.sandbox.SandboxLauncher;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * The system under load: the sandbox simulators in a JVM of their own and the eConnector on
 * Payara Micro under it, started through the production launch script as the README's sandbox
 * command does (so that each has a process whose CPU can be read apart), or found running.
 */
final class SandboxUnderLoad implements AutoCloseable {

    /** Launch script → first 200 on the status page, and Payara Micro's own "ready in". */
    record Boot(Duration toFirst200, OptionalDouble payaraReadyMillis) {
    }

    /**
     * What the server's command line names: the launch script starts Payara Micro through the
     * launcher it unpacked ({@code payara-micro.jar} itself runs only to unpack it).
     */
    private static final String SERVER_JAR = "launch-micro.jar";

    private final Process launcher;
    private final long serverPid;
    private final long simulatorsPid;
    private final URI econnector;
    private final URI simulators;
    private final Path home;
    private final Boot boot;

    private SandboxUnderLoad(Process launcher, long serverPid, long simulatorsPid, URI econnector, URI simulators,
                             Path home, Boot boot) {
        this.launcher = launcher;
        this.serverPid = serverPid;
        this.simulatorsPid = simulatorsPid;
        this.econnector = econnector;
        this.simulators = simulators;
        this.home = home;
        this.boot = boot;
    }

    /**
     * What a benchmark measures: the running eConnector of {@code bench.url} (its simulators at
     * {@code bench.simulators}, its sandbox folder {@code bench.sandboxHome}), or else the
     * sandbox and server started here, only with the licence accepted ({@code command} names the
     * script in the refusal).
     */
    static SandboxUnderLoad chosen(Path home, int httpsPort, String command) throws Exception {
        String url = System.getProperty("bench.url");
        if (url != null) {
            return running(URI.create(url.endsWith("/") ? url : url + "/"),
                    URI.create(System.getProperty("bench.simulators", "https://localhost:9443/")),
                    Path.of(System.getProperty("bench.sandboxHome", "target/sandbox")));
        }
        if (!"true".equals(System.getenv("ACCEPT_LICENSE"))) {
            System.err.println(command + ": the eConnector starts only with the licence accepted: ACCEPT_LICENSE=true "
                    + command);
            System.exit(1);
        }
        return startSharingClasses(home, httpsPort, Duration.ofMinutes(5));
    }

    /**
     * {@link #start}, after a first start when the sandbox's runtime folder has no archive of
     * loaded classes yet, or one older than the WAR: that start records them at its exit
     * (server-config/econnector.sh, class data sharing, which records again when the WAR's size
     * changed) and boots about twice as slowly, so the boot measured is always a later one, as
     * every start after an installation's first.
     */
    static SandboxUnderLoad startSharingClasses(Path home, int httpsPort, Duration patience) throws Exception {
        boolean sharing = !"off".equals(System.getenv("ECONNECTOR_CLASS_SHARING"));
        Path archive = EconnectorOnSandbox.runtimeFolder(home.resolve("sandbox")).resolve("classes.jsa");
        Path war = Path.of("target", "econnector.war");
        if (sharing && (!Files.exists(archive) || Files.exists(war)
                && Files.getLastModifiedTime(war).compareTo(Files.getLastModifiedTime(archive)) > 0)) {
            try (SandboxUnderLoad recording = start(home, httpsPort, patience)) {
                recording.boot().ifPresent(boot -> System.out.printf(
                        "first start in %s (it records the classes it loads when there is no archive of them or a stale one): first 200 after %.1f s%n",
                        home, boot.toFirst200().toMillis() / 1000.0));
            }
        }
        return start(home, httpsPort, patience);
    }

    /**
     * Starts {@link SandboxLauncher} in a new JVM (the classpath of this one) with its folder
     * under {@code home}; the server's console goes to {@code home/sandbox.log}. Waits for the
     * first 200 on {@code /econnector/status}.
     */
    static SandboxUnderLoad start(Path home, int httpsPort, Duration patience) throws Exception {
        Files.createDirectories(home);
        int simulatorPort = freePort();
        Path log = home.resolve("sandbox.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dsandbox.home=" + home.resolve("sandbox").toAbsolutePath(),
                "-Dsandbox.port=" + simulatorPort, SandboxLauncher.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(httpsPort));
        Process launcher = builder.start();
        URI econnector = URI.create("https://localhost:" + httpsPort + "/");
        URI simulators = URI.create("https://localhost:" + simulatorPort + "/");
        try {
            long serverPid = awaitServerProcess(launcher, patience);
            Instant scriptStarted = ProcessHandle.of(serverPid).flatMap(p -> p.info().startInstant())
                    .orElseThrow(() -> new IllegalStateException("the server process ended at once; see " + log));
            SandboxUnderLoad sandbox = new SandboxUnderLoad(launcher, serverPid, launcher.pid(), econnector, simulators,
                    home.resolve("sandbox"), null);
            Instant first200 = sandbox.awaitStatus200(patience);
            OptionalDouble readyIn = ProcessReadings.readyInMillis(Files.readString(log));
            return new SandboxUnderLoad(launcher, serverPid, launcher.pid(), econnector, simulators, home.resolve("sandbox"),
                    new Boot(Duration.between(scriptStarted, first200), readyIn));
        } catch (Exception | Error e) {
            stop(launcher);
            throw e;
        }
    }

    /**
     * A sandbox started by its README command: the server found by its HTTPS port among the
     * Payara Micro processes, the simulators as its parent (the sandbox launcher).
     *
     * @param home the sandbox's folder (trust material: {@code pki/}, {@code stores/})
     */
    static SandboxUnderLoad running(URI econnector, URI simulators, Path home) {
        long serverPid = Long.getLong("bench.serverPid", findServer(econnector.getPort()).orElse(-1L));
        long simulatorsPid = Long.getLong("bench.simulatorsPid",
                ProcessHandle.of(serverPid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L));
        return new SandboxUnderLoad(null, serverPid, simulatorsPid, econnector, simulators, home, null);
    }

    private Instant awaitStatus200(Duration patience) throws Exception {
        EconnectorClient client = client(Duration.ofSeconds(10));
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (launcher != null && !launcher.isAlive()) {
                throw new IllegalStateException("the sandbox stopped while starting");
            }
            try {
                if (client.status() == 200) {
                    return Instant.now();
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no 200 on " + econnector + "econnector/status within " + patience);
    }

    EconnectorClient client(Duration timeout) throws Exception {
        SSLContext econnectorTrust = SandboxPki.clientTrusting(home.resolve("pki").resolve("saas-keystore.p12"));
        SSLContext simulatorsTrust = SandboxPki.clientTrusting(SandboxCa.tlsTruststoreFile(home.resolve("stores")));
        return new EconnectorClient(econnector, econnectorTrust, simulators, simulatorsTrust, timeout);
    }

    /** The server's JVM (Payara Micro), or -1 when it could not be found. */
    long serverPid() {
        return serverPid;
    }

    long simulatorsPid() {
        return simulatorsPid;
    }

    Optional<Boot> boot() {
        return Optional.ofNullable(boot);
    }

    private static long awaitServerProcess(Process launcher, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline) && launcher.isAlive()) {
            Optional<ProcessHandle> server = launcher.descendants().filter(p -> commandLine(p.pid()).contains(SERVER_JAR))
                    .findFirst();
            if (server.isPresent()) {
                return server.get().pid();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the sandbox started no Payara Micro");
    }

    private static Optional<Long> findServer(int httpsPort) {
        String port = "\0--sslport\0" + httpsPort + "\0";
        return ProcessHandle.allProcesses().map(ProcessHandle::pid)
                .filter(pid -> commandLine(pid).contains(SERVER_JAR) && commandLine(pid).contains(port))
                .findFirst();
    }

    /** Arguments separated by NUL, as Linux keeps them (bash before its exec, java after). */
    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")));
        } catch (IOException | SecurityException gone) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (launcher != null) {
            stop(launcher);
        }
    }

    /** The launcher's shutdown hook stops the server; a launcher that hangs is killed with it. */
    private static void stop(Process launcher) {
        launcher.destroy();
        try {
            if (!launcher.waitFor(40, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
