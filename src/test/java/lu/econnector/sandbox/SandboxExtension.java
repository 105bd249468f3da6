package lu.econnector.sandbox;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.control.Preflight;
import lu.econnector.sandbox.pki.SandboxPki;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the simulated CNS world once per test run, on a free port, and hands it to tests
 * ({@link #running()}; not as a parameter, which Arquillian's extension would claim). For
 * integration tests it also prepares the eConnector that
 * Arquillian boots: its HTTPS keystore, the preflight's runtime folder, and the simulators'
 * URLs added to the system properties that Payara Micro boots with. Declare it before
 * Arquillian's extension, so that all this exists before the server starts.
 */
public final class SandboxExtension implements BeforeAllCallback, AfterEachCallback {

    /** Where the files for the eConnector under test go; the build names it (target/it). */
    public static final Path IT_DIR = Path.of(System.getProperty("econnector.itDir", "target/it"));

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    /** Each test leaves the sandbox as it found it: no fault, no deposit. */
    @Override
    public void afterEach(ExtensionContext context) {
        sandbox(context).server().reset();
    }

    public static Sandbox sandbox(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Sandbox.class, key -> Sandbox.start(), Sandbox.class);
        return running;
    }

    private static volatile Sandbox running;

    /**
     * The sandbox of this run, for classes whose other extensions resolve parameters
     * themselves (Arquillian's does): call it after this extension's {@code beforeAll}.
     */
    public static Sandbox running() {
        if (running == null) {
            throw new IllegalStateException("declare @ExtendWith(SandboxExtension.class) first");
        }
        return running;
    }

    /** The running simulators and the eConnector settings pointing at them; closed with the run. */
    public record Sandbox(SandboxServer server, SandboxPki econnectorPki, Map<String, String> econnectorSettings)
            implements ExtensionContext.Store.CloseableResource {

        static Sandbox start() {
            try {
                SandboxServer server = SandboxServer.start(0, IT_DIR.resolve("stores"));
                SandboxPki pki = new SandboxPki(IT_DIR.resolve("pki")).ensure();
                Map<String, String> settings = new HashMap<>(server.econnectorSettings());
                settings.put("ACCEPT_LICENSE", "true");
                settings.put("SPRING_PROFILES_ACTIVE", "sandbox");
                settings.put("SAAS_KEYSTORE", pki.saasKeystore().toAbsolutePath().toString());
                settings.put("SAAS_KEYSTORE_PASSWORD", SandboxPki.PASSWORD);
                // Short enough for a test to wait out, long enough to prove the limit.
                settings.put("AES_JWKS_MIN_REFRESH_SECONDS", "5");
                // A template sync every 3 s: tests of what iHUB offers wait seconds, not an hour.
                settings.put("IHUB_POLL_INTERVAL_MINUTES", "0.05");
                // Loopback answers in milliseconds: a timeout test need not wait the default 10 s.
                settings.put("UPSTREAM_READ_TIMEOUT_MS", "4000");
                Sandbox sandbox = new Sandbox(server, pki, Map.copyOf(settings));
                sandbox.prepareArquillianServer();
                return sandbox;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the sandbox", e);
            }
        }

        /**
         * The real preflight over these settings, as {@code server-config/econnector.sh} runs it;
         * then the upstream URLs, which change with the free port, join the system properties
         * that arquillian.xml passes to Payara Micro ({@code --systemproperties}).
         */
        private void prepareArquillianServer() throws IOException {
            Path runtime = IT_DIR.resolve("runtime");
            Map<String, String> withPort = new HashMap<>(econnectorSettings);
            withPort.put("SERVER_PORT", System.getProperty("econnector.httpsPort", "18443"));
            if (Preflight.run(ConfigLookup.withProfileDefaults(ConfigLookup.of(withPort)), runtime, System.out) != 0) {
                throw new IllegalStateException("the preflight refused the sandbox settings (see above)");
            }
            Properties upstreams = new Properties();
            econnectorSettings.forEach(upstreams::setProperty);
            upstreams.remove("ACCEPT_LICENSE"); // the licence stays the environment's decision
            try (Writer out = Files.newBufferedWriter(runtime.resolve("system.properties"), StandardCharsets.ISO_8859_1,
                    StandardOpenOption.APPEND)) {
                upstreams.store(out, "The sandbox simulators of this test run");
            }
        }

        @Override
        public void close() {
            server.close();
        }

        /** The settings without the licence, for tests of what happens when it is missing. */
        public Map<String, String> withoutLicence() {
            Map<String, String> settings = new HashMap<>(econnectorSettings);
            settings.remove("ACCEPT_LICENSE");
            return settings;
        }
    }
}
