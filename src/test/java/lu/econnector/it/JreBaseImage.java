package lu.econnector.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Java 17 runtime image made here, since no image registry is reachable from the build:
 * Debian bookworm from its mirror by {@code debootstrap} (the root file system cached between
 * runs, one per day so that security updates arrive), imported into the daemon, plus
 * Debian's OpenJDK 17 runtime and curl, which the eConnector's image needs.
 */
final class JreBaseImage {

    private static final String DAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String DEBIAN = "local/debian:bookworm-minbase-" + DAY;
    static final String JRE = "local/jre17:bookworm-" + DAY;

    private static final String JRE_DOCKERFILE = """
            FROM %s
            RUN apt-get update -qq \\
             && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \\
                openjdk-17-jre-headless curl ca-certificates > /dev/null \\
             && rm -rf /var/lib/apt/lists/*
            """.formatted(DEBIAN);

    private final DockerDaemon docker;
    private final Path cache;
    private final String mirror;

    /**
     * @param cache  where the debootstrapped root file system is kept between runs
     * @param mirror the Debian mirror
     */
    JreBaseImage(DockerDaemon docker, Path cache, String mirror) {
        this.docker = docker;
        this.cache = cache;
        this.mirror = mirror;
    }

    /** @return the image's name, built unless the daemon has today's already */
    String ensure() throws IOException, InterruptedException {
        if (exists(JRE)) {
            log("%s already built", JRE);
            return JRE;
        }
        if (!exists(DEBIAN)) {
            long start = System.nanoTime();
            docker.run(Duration.ofMinutes(5), "import", rootFileSystem().toString(), DEBIAN).orFail("docker import");
            log("imported %s in %d s", DEBIAN, seconds(start));
        }
        long start = System.nanoTime();
        Path dockerfile = Files.createTempFile("jre", ".Dockerfile");
        try {
            Files.writeString(dockerfile, JRE_DOCKERFILE);
            docker.run(Duration.ofMinutes(15), dockerfile, List.of("build", "--network", "host", "-t", JRE, "-"))
                    .orFail("building " + JRE);
        } finally {
            Files.delete(dockerfile);
        }
        log("built %s (apt-get install openjdk-17-jre-headless) in %d s", JRE, seconds(start));
        return JRE;
    }

    private boolean exists(String image) throws IOException, InterruptedException {
        return docker.run(Duration.ofSeconds(30), "image", "inspect", image).exit() == 0;
    }

    /** Today's bookworm as a tar, made by debootstrap at the first run of the day. */
    private Path rootFileSystem() throws IOException, InterruptedException {
        Path tar = cache.resolve("debian-bookworm-minbase-" + DAY + ".tar");
        if (Files.exists(tar)) {
            log("root file system from the cache: %s", tar);
            return tar;
        }
        Files.createDirectories(cache);
        forgetEarlierDays();
        Path rootfs = cache.resolve("rootfs-" + ProcessHandle.current().pid());
        long start = System.nanoTime();
        try {
            run(Duration.ofMinutes(15), "debootstrap", "--variant=minbase", "bookworm", rootfs.toString(), mirror);
            log("debootstrap bookworm (minbase) from %s in %d s", mirror, seconds(start));
            Path partial = cache.resolve(tar.getFileName() + ".partial");
            run(Duration.ofMinutes(5), "tar", "-C", rootfs.toString(), "-cf", partial.toString(), ".");
            Files.move(partial, tar);
        } finally {
            run(Duration.ofMinutes(5), "rm", "-rf", rootfs.toString());
        }
        return tar;
    }

    private void forgetEarlierDays() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith("debian-bookworm-minbase-")).toList()) {
                Files.delete(old);
            }
        }
    }

    private static void run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("base-image", ".log");
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            } catch (IOException notInstalled) {
                throw new AssertionError(command[0] + " cannot be run (" + notInstalled.getMessage()
                        + "): install Debian's debootstrap (./test does)");
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " still running after " + timeout);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(output));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static long seconds(long startNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }

    static void log(String format, Object... arguments) {
        System.out.printf("[container] " + format + "%n", arguments);
    }
}
