package lu.econnector.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * The simulated CNS world in this JVM and an eConnector (profile {@code sandbox}) on Payara
 * Micro pointed at it, started through the real launch script ({@code server-config/econnector.sh}).
 * The caller's environment wins over the sandbox's settings, but for the HTTPS port, which
 * is the caller's choice here. The eConnector's HTTPS certificate is kept under
 * {@code <home>/pki/} across starts; the CNS-side PKI is new at every start.
 */
public final class EconnectorOnSandbox implements AutoCloseable {

    private final SandboxServer simulators;
    private final SandboxPki pki;
    private final Process server;
    private final URI base;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EconnectorOnSandbox(SandboxServer simulators, SandboxPki pki, Process server, URI base) {
        this.simulators = simulators;
        this.pki = pki;
        this.server = server;
        this.base = base;
    }

    /** The launch script's runtime folder ({@code ECONNECTOR_RUNTIME_DIR}) in a sandbox folder, kept across starts. */
    public static Path runtimeFolder(Path home) {
        return home.resolve("runtime");
    }

    /**
     * @param home          where the stores, the HTTPS identity and the runtime folder go
     * @param simulatorPort 0 for a free port
     * @param output        where the server's console goes (inherited, or a log file)
     */
    public static EconnectorOnSandbox start(Path home, int simulatorPort, int httpsPort,
                                            ProcessBuilder.Redirect output) throws Exception {
        return start(home, simulatorPort, httpsPort, output, Map.of());
    }

    /**
     * As {@link #start(Path, int, int, ProcessBuilder.Redirect)}, with settings that win over
     * both the sandbox's and the caller's environment (a {@code SIGNATURE_LEVEL}, say).
     */
    public static EconnectorOnSandbox start(Path home, int simulatorPort, int httpsPort,
                                            ProcessBuilder.Redirect output, Map<String, String> settings)
            throws Exception {
        SandboxServer simulators = SandboxServer.start(simulatorPort, home.resolve("stores"));
        try {
            SandboxPki pki = new SandboxPki(home.resolve("pki")).ensure();
            ProcessBuilder builder = new ProcessBuilder("bash", Path.of("server-config", "econnector.sh").toString());
            if (output == ProcessBuilder.Redirect.INHERIT) {
                builder.inheritIO();
            } else {
                builder.redirectErrorStream(true).redirectOutput(output);
            }
            Map<String, String> env = builder.environment();
            simulators.econnectorSettings().forEach(env::putIfAbsent);
            env.putIfAbsent("SPRING_PROFILES_ACTIVE", "sandbox");
            env.put("SERVER_PORT", String.valueOf(httpsPort));
            env.putIfAbsent("SAAS_KEYSTORE", pki.saasKeystore().toAbsolutePath().toString());
            env.putIfAbsent("SAAS_KEYSTORE_PASSWORD", SandboxPki.PASSWORD);
            env.putIfAbsent("ECONNECTOR_RUNTIME_DIR", runtimeFolder(home).toAbsolutePath().toString());
            env.putAll(settings);
            return new EconnectorOnSandbox(simulators, pki, builder.start(),
                    URI.create("https://localhost:" + httpsPort + "/"));
        } catch (Exception | Error e) {
            simulators.close();
            throw e;
        }
    }

    /** Whether the eConnector answers its status page (200, or 503 while an upstream is not ready) in time. */
    public boolean awaitAnswer(Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(trustingTheEconnector())
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest status = HttpRequest.newBuilder(base.resolve("econnector/status"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(patience);
        while (server.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                int code = client.send(status, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (code == 200 || code == 503) {
                    return true;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** TLS for a client of the eConnector: trusts its sandbox certificate only. */
    public SSLContext trustingTheEconnector() {
        try {
            return SandboxPki.clientTrusting(pki.saasKeystore());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + pki.saasKeystore(), e);
        }
    }

    public URI base() {
        return base;
    }

    public SandboxServer simulators() {
        return simulators;
    }

    public Process server() {
        return server;
    }

    /**
     * Stops the server (the script's java too), waiting for it a while, then the simulators.
     * Once only: a shutdown hook and a {@code finally} may both call it.
     */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.descendants().forEach(ProcessHandle::destroy);
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            simulators.close();
        }
    }
}
