package lu.econnector.sandbox;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The README's first command: starts the simulated CNS world on port 9443 (this JVM), then
 * the eConnector in the sandbox profile through the real launch script
 * ({@code server-config/econnector.sh}), and prints where everything is once it answers.
 * The licence is never accepted here: {@code ACCEPT_LICENSE} must come from the operator's
 * command line. Ctrl-C stops all.
 */
public final class SandboxLauncher {

    private static final int PORT = 8443;

    private SandboxLauncher() {
    }

    public static void main(String[] args) throws Exception {
        // A benchmark starts its own sandbox beside a running one: its own folder, its own ports.
        Path home = Path.of(System.getProperty("sandbox.home", "target/sandbox"));
        int simulatorPort = Integer.getInteger("sandbox.port", SandboxServer.DEFAULT_PORT);
        int httpsPort = Integer.parseInt(System.getenv().getOrDefault("SERVER_PORT", String.valueOf(PORT)));
        EconnectorOnSandbox sandbox = EconnectorOnSandbox.start(home, simulatorPort, httpsPort,
                ProcessBuilder.Redirect.INHERIT);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        // Maven stopped by a signal to it alone must not leave the servers behind.
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> System.exit(143)));
        if (sandbox.awaitAnswer(Duration.ofMinutes(5))) {
            System.out.println(Welcome.text(sandbox.base(), sandbox.simulators().base()));
        }
        System.exit(sandbox.server().waitFor());
    }
}
