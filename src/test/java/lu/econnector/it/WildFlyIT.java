package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.mysecu.Deposit;
import lu.econnector.signature.entity.SignatureReport;
import lu.econnector.template.control.TemplateSamples;
import org.jvnet.mimepull.MIMEMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same {@code econnector.war} on WildFly, set up as {@code docs/deployment.md} tells an
 * operator: the WildFly distribution from Maven Central that the build unpacks, configured by
 * {@code deploy/wildfly/econnector.cli}, the WAR dropped into its deployments folder, the
 * eConnector's settings as environment variables, pointed at the sandbox simulators.
 */
@ExtendWith(SandboxExtension.class)
class WildFlyIT {

    private static final Path WILDFLY_HOME = Path.of(System.getProperty("wildfly.home"));
    private static final Path CLI_SCRIPT = Path.of(System.getProperty("econnector.deployDir"), "wildfly", "econnector.cli");
    private static final Path WAR = Path.of(System.getProperty("econnector.war"));
    private static final int HTTPS_PORT = 18452;
    /** Moves WildFly's other ports clear of the defaults: management on 18454. */
    private static final int PORT_OFFSET = 8464;

    @TempDir
    static Path work;

    private static SandboxServer sandbox;
    private static ServerProcess wildfly;
    private static Path deployments;
    private final EconnectorClient client = new EconnectorClient(HTTPS_PORT, Duration.ofMinutes(2));

    @BeforeAll
    static void deployTheWarOnWildFly() throws Exception {
        sandbox = SandboxExtension.running().server();
        Map<String, String> env = new HashMap<>(SandboxExtension.running().econnectorSettings());
        env.put("SERVER_PORT", String.valueOf(HTTPS_PORT));
        env.put("JAVA_OPTS", "-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        // The script forwards TERM to the server's JVM rather than leaving it running when stopped.
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        Path base = serverBaseDirectory();
        long start = System.nanoTime();

        configure(env, base);
        log("configured by %s in %d s", CLI_SCRIPT.getFileName(), seconds(start));

        deployments = base.resolve("deployments");
        Files.copy(WAR, deployments.resolve("econnector.war"));
        wildfly = ServerProcess.start(List.of("bash", WILDFLY_HOME.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1"), env, work.resolve("wildfly.log"));
        awaitDeployment(Duration.ofMinutes(4));
        log("econnector.war deployed %d s after the configuration began", seconds(start));
    }

    /** A fresh copy of the distribution's {@code standalone} folder: the unpacked one stays as shipped. */
    private static Path serverBaseDirectory() throws IOException {
        Path shipped = WILDFLY_HOME.resolve("standalone");
        Path base = work.resolve("standalone");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.toList()) {
                Path copy = base.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return base;
    }

    /** The operator's CLI script, offline (embedded server), with MIME Pull from the local repository. */
    private static void configure(Map<String, String> env, Path base) throws Exception {
        // The script adds a module to the distribution: a previous run's would make it fail.
        deleteRecursively(WILDFLY_HOME.resolve("modules/org/jvnet/mimepull"));
        Path mimepull = Path.of(MIMEMessage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ServerProcess cli = ServerProcess.start(List.of("bash", WILDFLY_HOME.resolve("bin/jboss-cli.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Dmimepull.jar=" + mimepull, "--file=" + CLI_SCRIPT), env,
                work.resolve("cli.log"))) {
            int exit = cli.awaitExit(Duration.ofMinutes(2));
            String output = cli.output();
            assertThat(exit).as(output).isZero();
            assertThat(output).doesNotContain("\"outcome\" => \"failed\"").doesNotContain("The batch failed");
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Until the deployment scanner marks the WAR deployed, or failed (then with the server's errors). */
    private static void awaitDeployment(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!Files.exists(deployments.resolve("econnector.war.deployed"))) {
            if (Files.exists(deployments.resolve("econnector.war.failed")) || Instant.now().isAfter(deadline)) {
                throw new AssertionError("econnector.war not deployed on WildFly:\n" + errorsOf(wildfly.output()));
            }
            Thread.sleep(500);
        }
    }

    private static String errorsOf(String log) {
        String errors = log.lines().filter(line -> line.contains("ERROR") || line.contains("Caused by")
                        || line.contains("WFLY") && line.contains("failed"))
                .collect(Collectors.joining("\n"));
        return errors.isEmpty() ? log : errors;
    }

    @AfterAll
    static void stopWildFly() throws Exception {
        if (wildfly != null) {
            wildfly.close();
            String log = wildfly.output();
            log("server log: %d ERROR lines", log.lines().filter(line -> line.contains(" ERROR ")).count());
        }
    }

    @Test
    void theStatusIsUpOverHttpsWithTheEconnectorsCertificate() {
        HttpResponse<String> status = client.get("econnector/status");

        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(json(status).getString("status")).isEqualTo("UP");
        assertThat(json(status).getString("profile")).isEqualTo("sandbox");
        assertThat(status.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }

    @Test
    void aSandboxTokenReachesMe() throws Exception {
        HttpResponse<String> me = client.get("econnector/api/v1/me", "Authorization", "Bearer " + passwordGrant("dr.muller"));

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        Professional muller = Professional.byUsername("dr.muller").orElseThrow();
        assertThat(json(me).getString("psCode")).isEqualTo(muller.psCode());
        assertThat(json(me).getString("clientId")).isEqualTo("sandbox-vendor");
    }

    /**
     * Render, KMS signature, then the WS-Trust STS (a WS-Security signed request that the
     * simulator verifies) and syncexchange over MTOM, both through the Metro bundled in the WAR.
     */
    @Test
    void aSubmissionIsSignedAndDepositedOnMySecu() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send("POST", "econnector/api/v1/documents/mh/submissions",
                TemplateSamples.mh().toString(), "Authorization", "Bearer " + passwordGrant("dr.muller"),
                "Content-Type", "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject receipt = json(response);
        byte[] pdf = Base64.getDecoder().decode(receipt.getString("document"));
        List<Deposit> deposits = sandbox.mySecu().deposits().list().stream()
                .filter(d -> d.messageId().equals(receipt.getString("messageId"))).toList();
        assertThat(deposits).hasSize(1);
        Deposit deposit = deposits.get(0);
        assertThat(deposit.sha256()).isEqualTo(sha256(pdf)).isEqualTo(receipt.getString("sha256"));
        assertThat(deposit.reference()).isEqualTo(receipt.getString("mysecuReference"));
        assertThat(deposit.size()).isEqualTo(pdf.length);
        assertThat(deposit.mtom()).as("sent as an MTOM attachment").isTrue();
        assertThat(deposit.psCode()).isEqualTo(Professional.byUsername("dr.muller").orElseThrow().psCode());
        assertThat(sandbox.mySecu().sts().issueRequests()).as("WS-Trust Issue requests").isEqualTo(1);
        String client = sandbox.mySecu().lastExchange().orElseThrow().header("User-Agent");
        // Metro's own name for itself (Apache CXF would say "Apache-CXF/...").
        assertThat(client).as("the JAX-WS runtime that called syncexchange").startsWith("XML-WS Runtime ")
                .doesNotContainIgnoringCase("cxf");
        SignatureReport report = SandboxValidation.validate(sandbox, pdf);
        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures().get(0).level()).isEqualTo("PAdES-BASELINE-T");
        log("submission: %d in %d ms, mySecu reference %s, %d bytes of signed PDF, syncexchange called by %s",
                response.statusCode(), Duration.ofNanos(System.nanoTime() - start).toMillis(), deposit.reference(),
                pdf.length, client);
    }

    /** The iHUB sync runs on an EJB timer (every 3 s in the sandbox): the newer mh it offers becomes active. */
    @Test
    void theTimerSynchronisesTheTemplatesFromIhub() throws Exception {
        String token = passwordGrant("dr.muller");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonObject mh;
        do {
            HttpResponse<String> templates = client.get("econnector/api/v1/templates", "Authorization", "Bearer " + token);
            assertThat(templates.statusCode()).as(templates.body()).isEqualTo(200);
            mh = Json.createReader(new StringReader(templates.body())).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(template -> template.getString("id").equals("mh")).findFirst().orElseThrow();
        } while (!mh.getString("source").equals("ihub") && Instant.now().isBefore(deadline) && pause());

        assertThat(mh.getString("version") + " " + mh.getString("source")).isEqualTo("2.1.0 ihub");
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(500);
        return true;
    }

    /** The console's login filter is in place: an anonymous request goes to the provider (the login itself is not run here). */
    @Test
    void theConsoleSendsAnonymousRequestsToTheLoginProvider() {
        HttpResponse<String> response = client.get("admin/dashboard.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith(sandbox.issuer().toString())
                .contains("code_challenge_method=S256", "redirect_uri="
                        + URLEncoder.encode("https://localhost:" + HTTPS_PORT + "/admin/callback",
                                StandardCharsets.UTF_8));
    }

    /** A token from the sandbox AeS's token endpoint, as a vendor gets it. */
    private static String passwordGrant(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(sandbox.ca().clientContext()).build();
        String form = "grant_type=password&client_id=sandbox-vendor&client_secret=sandbox-secret&username="
                + username + "&password=sandbox";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(sandbox.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    private static void log(String format, Object... arguments) {
        System.out.printf("WildFlyIT: " + format + "%n", arguments);
    }
}
