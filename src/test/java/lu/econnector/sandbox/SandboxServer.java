package lu.econnector.sandbox;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.sandbox.aes.AesSimulator;
import lu.econnector.sandbox.fault.FaultFilter;
import lu.econnector.sandbox.fault.Faults;
import lu.econnector.sandbox.ihub.IhubSimulator;
import lu.econnector.sandbox.kms.KmsSimulator;
import lu.econnector.sandbox.mysecu.MySecuSimulator;
import lu.econnector.sandbox.pki.SandboxCa;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * The simulated CNS world on one loopback HTTPS port, under the real systems' paths
 * (docs/templates/README.md, "Sandbox fixtures"): AeS under {@code /auth/realms/default/}, the KMS
 * under {@code /api/v3/}, mySecu under {@code /ws/soap/}, iHUB under
 * {@code /ws/rest/ihub/v1/}; the CAs' CRLs under {@code /pki/}; test controls under
 * {@code /_sandbox/}. Starting it generates the PKI and
 * writes the truststores (KMS, TLS) and generic keystore that the eConnector's sandbox profile uses.
 */
public final class SandboxServer implements AutoCloseable {

    public static final int DEFAULT_PORT = 9443;
    public static final String REALM = "/auth/realms/default";

    private HttpsServer server;
    private final MySecuSimulator mySecu;
    private final IhubSimulator ihub = new IhubSimulator();
    private final KmsSimulator kms;
    private final List<Simulator> simulators;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final URI base;
    private final SandboxCa ca;
    private final AesKeys aesKeys;
    private final Faults faults = new Faults();
    private final Path storesFolder;
    private final RequestReadBeforeAnswer requestsRead = new RequestReadBeforeAnswer();

    private SandboxServer(HttpsServer server, SandboxCa ca, Path storesFolder) {
        this.server = server;
        this.base = URI.create("https://localhost:" + server.getAddress().getPort() + "/");
        this.ca = ca;
        this.storesFolder = storesFolder;
        this.aesKeys = new AesKeys(base.resolve(REALM.substring(1)).toString());
        this.mySecu = new MySecuSimulator(ca, aesKeys);
        this.kms = new KmsSimulator(ca, aesKeys);
        this.simulators = List.of(new AesSimulator(aesKeys), kms, mySecu, ihub,
                new PkiPublisher(ca), new SandboxControls(this));
    }

    /**
     * @param port         0 for a free port
     * @param storesFolder where the truststore and generic keystore are written
     */
    public static SandboxServer start(int port, Path storesFolder) throws Exception {
        // Without it the JDK server delays small answers by ~40 ms (Nagle; docs/verified-facts.md).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        URI crlBase = URI.create("https://localhost:" + https.getAddress().getPort() + "/pki/crl/");
        SandboxCa ca = new SandboxCa(crlBase);
        ca.writeStores(storesFolder);
        https.setHttpsConfigurator(new HttpsConfigurator(ca.serverContext()));
        SandboxServer sandbox = new SandboxServer(https, ca, storesFolder);
        sandbox.serve();
        return sandbox;
    }

    private void serve() {
        server.setExecutor(executor);
        simulators.forEach(simulator -> simulator.register(this));
        server.start();
    }

    /** Closes the port, as an upstream that went away: connections are refused until {@link #reopenPort()}. */
    public synchronized void closePort() {
        server.stop(0);
    }

    /** Serves again on the same port, with the same PKI, keys and simulators' state. */
    public synchronized void reopenPort() throws Exception {
        HttpsServer reopened = HttpsServer.create(server.getAddress(), 0);
        reopened.setHttpsConfigurator(server.getHttpsConfigurator());
        server = reopened;
        serve();
    }

    /**
     * Serves one simulated operation, with its fault injection.
     *
     * @param malformedType the operation's normal content type, for a malformed answer
     * @param malformedBody what a malformed answer holds
     */
    public HttpContext route(String path, String upstream, String operation, String malformedType,
                             String malformedBody, HttpHandler handler) {
        HttpContext context = route(path, handler);
        context.getFilters().add(new FaultFilter(faults, upstream, operation, malformedType, malformedBody));
        return context;
    }

    /** A path that no fault touches (controls, CRLs). */
    public HttpContext route(String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(requestsRead);
        return context;
    }

    /**
     * How many client connections carried requests since the start: with keep-alive, about one
     * per concurrent client of each upstream, not one per request.
     */
    public int connectionsServed() {
        return requestsRead.connections();
    }

    public URI base() {
        return base;
    }

    public int port() {
        return base.getPort();
    }

    public SandboxCa ca() {
        return ca;
    }

    public AesKeys aesKeys() {
        return aesKeys;
    }

    public Faults faults() {
        return faults;
    }

    public MySecuSimulator mySecu() {
        return mySecu;
    }

    public IhubSimulator ihub() {
        return ihub;
    }

    public KmsSimulator kms() {
        return kms;
    }

    /**
     * Back to a clean state between tests: no fault, no deposit, no KMS, STS or syncexchange
     * misbehaviour, one-hour assertions and no STS request counted, iHUB's default offers.
     */
    public void reset() {
        faults.clear();
        mySecu.clear();
        kms.clear();
        ihub.reset();
    }

    public URI issuer() {
        return URI.create(aesKeys.issuer());
    }

    /** The settings that point an eConnector (profile {@code sandbox}) at this server. */
    public Map<String, String> econnectorSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("AES_ISSUER_URL", aesKeys.issuer());
        settings.put("KMS_GET_CERTIFICATE_URL", base.resolve("api/v3/get-certificate").toString());
        settings.put("KMS_SIGN_URL", base.resolve("api/v3/sign-data").toString());
        settings.put("KMS_TIMESTAMP_URL", base.resolve("api/v3/sign-timestamp").toString());
        settings.put("CCSS_URL", base.resolve("ws/soap/trust?wsdl").toString());
        settings.put("CCSS_SYNC_URL", base.resolve("ws/soap/espinst/syncexchange").toString());
        settings.put("SYNC_EXCHANGE_WSDL", base.resolve("ws/soap/espinst/syncexchange?wsdl").toString());
        settings.put("IHUB_URL", base.resolve("ws/rest/ihub/v1").toString());
        settings.put("TRUSTSTORE_KMS_FILENAME", SandboxCa.truststoreFile(storesFolder).toAbsolutePath().toString());
        settings.put("TRUSTSTORE_KMS_PASSWORD", SandboxPki.PASSWORD);
        settings.put("GENERIC_KEYSTORE_FILE", SandboxCa.genericKeystoreFile(storesFolder).toAbsolutePath().toString());
        settings.put("GENERIC_KEYSTORE_PWD", SandboxPki.PASSWORD);
        settings.put("SIGNING_CA_ALIAS", SandboxCa.SIGNING_CA_ALIAS);
        settings.put("TIMESTAMP_CA_ALIAS", SandboxCa.TIMESTAMP_CA_ALIAS);
        settings.put("ROOT_SIGNING_CA_ALIAS", SandboxCa.ROOT_ALIAS);
        // The simulators' TLS certificate chains to a CA of its own, trusted for TLS only.
        settings.put("UPSTREAM_TLS_TRUSTSTORE", SandboxCa.tlsTruststoreFile(storesFolder).toAbsolutePath().toString());
        settings.put("UPSTREAM_TLS_TRUSTSTORE_PASSWORD", SandboxPki.PASSWORD);
        // The admin console's confidential client in the simulated AeS (user operator).
        settings.put("ADMIN_OIDC_CLIENT_SECRET", "console-secret");
        return settings;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
