package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static lu.econnector.it.JreBaseImage.log;
import static lu.econnector.it.JreBaseImage.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import lu.econnector.platform.Sha256;
import lu.econnector.config.entity.Setting;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.mysecu.Deposit;
import lu.econnector.template.control.TemplateSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The container image of {@code deploy/Dockerfile}, built and run as an operator would: on a
 * Java 17 runtime image made here (no registry is reachable), with the keystores and the
 * secret files mounted read-only, a read-only root file system, a memory limit, and the host's
 * network, where the sandbox's simulators listen on loopback.
 */
@ExtendWith(SandboxExtension.class)
class ContainerImageIT {

    private static final Path PROJECT = Path.of(System.getProperty("econnector.serverConfig")).getParent();
    private static final Path TARGET = Path.of(System.getProperty("econnector.war")).getParent();
    private static final int IT_PORT = Integer.getInteger("econnector.httpsPort", 18443);
    /** Beside the port of the Payara Micro that Arquillian may still run for other tests. */
    private static final int CONTAINER_PORT = IT_PORT + 10;
    private static final String IMAGE = "econnector:it";
    private static final String CONTAINER = "econnector-it-" + CONTAINER_PORT;
    private static final String KEYSTORES = "/etc/econnector/keystores";
    private static final String SECRETS = "/run/secrets";
    private static final String TERMS = "eConnector - terms of use";

    private static DockerDaemon docker;
    private static SandboxServer sandbox;
    /** The sandbox's settings as the container sees them, without the licence. */
    private static Map<String, String> mounted;
    private static Path work;

    @BeforeAll
    static void buildTheImage() throws Exception {
        sandbox = SandboxExtension.running().server();
        work = TARGET.resolve("container-it");
        mounted = mountedSettings(SandboxExtension.running().withoutLicence());
        long start = System.nanoTime();
        docker = DockerDaemon.start(TARGET.resolve("docker/data-root"),
                Path.of("/var/tmp/econnector-docker-" + IT_PORT));
        log("dockerd up in %d s", seconds(start));
        String base = new JreBaseImage(docker, Path.of(System.getProperty("econnector.dockerCache",
                "/var/cache/econnector-docker")), System.getProperty("econnector.debianMirror",
                "http://deb.debian.org/debian")).ensure();

        start = System.nanoTime();
        docker.run(Duration.ofMinutes(10), null, List.of("build", "-f", PROJECT.resolve("deploy/Dockerfile").toString(),
                "--build-arg", "BASE_IMAGE=" + base, "--build-arg", "VERSION=it", "-t", IMAGE, PROJECT.toString()))
                .orFail("docker build of deploy/Dockerfile");
        log("built %s from deploy/Dockerfile in %d s", IMAGE, seconds(start));
        long bytes = Long.parseLong(docker.run(Duration.ofSeconds(30), "image", "inspect", "-f", "{{.Size}}", IMAGE)
                .orFail("docker image inspect").output().strip());
        log("image %s: %d MB (of which the base %s: %s MB)", IMAGE, bytes / 1_000_000, base, docker.run(
                Duration.ofSeconds(30), "image", "inspect", "-f", "{{.Size}}", base).output().strip().transform(
                        size -> String.valueOf(Long.parseLong(size) / 1_000_000)));
        docker.run(Duration.ofSeconds(60), "rm", "-f", CONTAINER);
    }

    @AfterAll
    static void stopTheDaemon() throws Exception {
        if (docker != null) {
            docker.run(Duration.ofSeconds(60), "rm", "-f", CONTAINER);
            docker.close();
        }
    }

    @Test
    void withoutTheLicenceTheContainerPrintsTheTermsAndExitsNonZero() throws Exception {
        List<String> run = runArguments(CONTAINER + "-unlicensed", mounted, "--rm");
        DockerDaemon.Result result = docker.run(Duration.ofMinutes(2), null, run);

        assertThat(result.exit()).as(result.output()).isNotZero();
        assertThat(result.output()).contains(TERMS)
                .contains("eConnector cannot start: ACCEPT_LICENSE: the terms of use are not accepted")
                .doesNotContain("Payara");
        log("docker run without ACCEPT_LICENSE: exit %d, the terms printed", result.exit());
    }

    @Test
    void theContainerBecomesHealthyAndDepositsASubmission() throws Exception {
        Map<String, String> accepted = new HashMap<>(mounted);
        accepted.put("ACCEPT_LICENSE", "true");
        long start = System.nanoTime();
        docker.run(Duration.ofMinutes(2), null, runArguments(CONTAINER, accepted, "-d")).orFail("docker run");
        try {
            submitThroughTheContainer(start);
        } finally {
            docker.run(Duration.ofSeconds(60), "rm", "-f", CONTAINER);
        }
    }

    private static void submitThroughTheContainer(long start) throws Exception {
        EconnectorClient client = new EconnectorClient(CONTAINER_PORT);

        awaitStatusUp(client, Duration.ofMinutes(6));
        log("container %s: status UP %d s after docker run", CONTAINER, seconds(start));

        TestTokens tokens = new TestTokens(sandbox.aesKeys());
        long submitted = System.nanoTime();
        // Longer than the client's usual 30 s: render, KMS and mySecu, each within the read timeout above.
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("https://localhost:" + CONTAINER_PORT + "/econnector/api/v1/documents/mh/submissions"))
                .timeout(Duration.ofMinutes(3))
                .header("Authorization", "Bearer " + tokens.signed(tokens.of("dr.muller")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TemplateSamples.mh().toString())).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject receipt = json(response);
        byte[] pdf = Base64.getDecoder().decode(receipt.getString("document"));
        Deposit deposit = sandbox.mySecu().deposits().list().stream()
                .filter(d -> d.messageId().equals(receipt.getString("messageId"))).findFirst().orElseThrow();
        assertThat(deposit.sha256()).isEqualTo(Sha256.hex(pdf)).isEqualTo(receipt.getString("sha256"));
        assertThat(deposit.reference()).isEqualTo(receipt.getString("mysecuReference"));
        assertThat(deposit.psCode()).isEqualTo(tokens.of("dr.muller").build().getStringClaim("ps_code"));
        log("submission through the container: %d in %d ms, messageId %s, mySecu reference %s, %d bytes of PDF",
                response.statusCode(), java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - submitted),
                receipt.getString("messageId"), receipt.getString("mysecuReference"), pdf.length);

        awaitHealthy(Duration.ofSeconds(90));
        log("docker health: healthy %d s after docker run; %s", seconds(start), docker.run(Duration.ofSeconds(30),
                "stats", "--no-stream", "--format", "memory {{.MemUsage}}, CPU {{.CPUPerc}}", CONTAINER).output().strip());
        String user = docker.run(Duration.ofSeconds(30), "exec", CONTAINER, "id", "-u").orFail("docker exec id").output();
        assertThat(user.strip()).isEqualTo("10001");
    }

    /**
     * The simulators' stores and the eConnector's HTTPS key, copied readable for the image's
     * user and mounted read-only; every secret as a file ({@code NAME_FILE}), never in the
     * container's environment.
     */
    private static Map<String, String> mountedSettings(Map<String, String> original) throws IOException {
        recreate(work.resolve("keystores"));
        recreate(work.resolve("secrets"));
        Map<String, String> mounted = new HashMap<>();
        for (Map.Entry<String, String> entry : original.entrySet()) {
            String name = entry.getKey();
            boolean secret = Stream.of(Setting.values()).anyMatch(s -> s.secret() && s.name().equals(name));
            if (secret) {
                String file = name.toLowerCase(Locale.ROOT);
                readable(Files.writeString(work.resolve("secrets").resolve(file), entry.getValue() + "\n"));
                mounted.put(name + "_FILE", SECRETS + "/" + file);
            } else if (entry.getValue().startsWith("/") && Files.isRegularFile(Path.of(entry.getValue()))) {
                Path source = Path.of(entry.getValue());
                String file = source.getParent().getFileName() + "-" + source.getFileName();
                readable(Files.copy(source, work.resolve("keystores").resolve(file), StandardCopyOption.REPLACE_EXISTING));
                mounted.put(name, KEYSTORES + "/" + file);
            } else {
                mounted.put(name, entry.getValue());
            }
        }
        mounted.put("SERVER_PORT", String.valueOf(CONTAINER_PORT));
        // The one submission meets a cold server and cold simulators, on a machine the other
        // tests may load heavily (29 s measured at a load average of 30): a generous read
        // timeout, not the sandbox's shortened one, so that only a real failure fails it.
        mounted.put("UPSTREAM_READ_TIMEOUT_MS", "30000");
        return mounted;
    }

    private static List<String> runArguments(String name, Map<String, String> environment, String mode) {
        List<String> arguments = new ArrayList<>(List.of("run", mode, "--name", name, "--network", "host",
                "--read-only", "--tmpfs", "/tmp:rw,exec,size=512m", "--memory", "2g",
                "-v", work.resolve("keystores").toAbsolutePath() + ":" + KEYSTORES + ":ro",
                "-v", work.resolve("secrets").toAbsolutePath() + ":" + SECRETS + ":ro"));
        environment.forEach((variable, value) -> {
            arguments.add("-e");
            arguments.add(variable + "=" + value);
        });
        arguments.add(IMAGE);
        return arguments;
    }

    private static void awaitStatusUp(EconnectorClient client, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!"true".equals(inspect("{{.State.Running}}"))) {
                throw new AssertionError("the container stopped:\n" + logs());
            }
            try {
                HttpResponse<String> status = client.get("econnector/status");
                last = status.statusCode() + " " + status.body();
                if (status.statusCode() == 200 && "UP".equals(json(status).getString("status"))) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                last = notListeningYet.getMessage();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no status UP after " + timeout + " (last: " + last + "):\n" + logs());
    }

    private static void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!"healthy".equals(inspect("{{.State.Health.Status}}"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Docker's health check never passed: "
                        + inspect("{{json .State.Health}}"));
            }
            Thread.sleep(1000);
        }
    }

    private static String inspect(String format) throws Exception {
        return docker.run(Duration.ofSeconds(30), "inspect", "-f", format, CONTAINER).output().strip();
    }

    private static String logs() throws Exception {
        return docker.run(Duration.ofSeconds(30), "logs", CONTAINER).output();
    }

    private static void recreate(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The image's user is not the test's: test credentials only, readable by all. */
    private static void readable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    }
}
