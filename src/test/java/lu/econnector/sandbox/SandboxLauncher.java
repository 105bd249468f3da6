package lu.econnector.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * The README's first command: starts the simulated CNS world on port 9443 (this JVM), then
 * the eConnector in the sandbox profile through the real launch script
 * ({@code server-config/econnector.sh}), and prints where everything is once it answers.
 * The eConnector's HTTPS certificate is kept under {@code target/sandbox/pki/} across
 * starts; the CNS-side PKI is new at every start. The licence is never accepted here:
 * {@code ACCEPT_LICENSE} must come from the operator's command line. Ctrl-C stops all.
 */
public final class SandboxLauncher {

    private static final Path HOME = Path.of("target", "sandbox");
    private static final int PORT = 8443;

    private SandboxLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int simulatorPort = Integer.getInteger("sandbox.port", SandboxServer.DEFAULT_PORT);
        SandboxServer simulators = SandboxServer.start(simulatorPort, HOME.resolve("stores"));
        SandboxPki pki = new SandboxPki(HOME.resolve("pki")).ensure();
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config", "econnector.sh").toString())
                .inheritIO();
        Map<String, String> env = builder.environment();
        simulators.econnectorSettings().forEach(env::putIfAbsent);
        env.putIfAbsent("SPRING_PROFILES_ACTIVE", "sandbox");
        env.putIfAbsent("SERVER_PORT", String.valueOf(PORT));
        env.putIfAbsent("SAAS_KEYSTORE", pki.saasKeystore().toAbsolutePath().toString());
        env.putIfAbsent("SAAS_KEYSTORE_PASSWORD", SandboxPki.PASSWORD);
        env.putIfAbsent("ECONNECTOR_RUNTIME_DIR", HOME.resolve("runtime").toAbsolutePath().toString());

        Process server = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            simulators.close();
        }));
        // Maven stopped by a signal to it alone must not leave the servers behind.
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> System.exit(143)));
        URI base = URI.create("https://localhost:" + env.get("SERVER_PORT") + "/");
        if (awaitAnswer(server, base, pki)) {
            System.out.println(Welcome.text(base, simulators.base()));
        }
        System.exit(server.waitFor());
    }

    private static boolean awaitAnswer(Process server, URI base, SandboxPki pki) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(SandboxPki.clientTrusting(pki.saasKeystore()))
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(base.resolve("econnector/status"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                int code = client.send(status, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (code == 200 || code == 503) {
                    return true;
                }
            } catch (java.io.IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        return false;
    }
}
