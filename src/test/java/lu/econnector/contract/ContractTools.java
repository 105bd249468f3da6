package lu.econnector.contract;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm tools of the contract tests, Redocly CLI and newman, at the versions that
 * {@code src/test/contract/package-lock.json} pins: installed with {@code npm ci} into
 * {@code target/contract-tools}, never globally, and only again when the lock file changes
 * (a stamp holds the SHA-256 of the lock that was installed). npm's own cache makes a
 * re-install after {@code mvn clean} a matter of seconds.
 */
public final class ContractTools {

    /** Where the pinned package.json, package-lock.json and redocly.yaml are kept. */
    public static final Path SOURCE = Path.of("src", "test", "contract");

    private static final Path HOME = Path.of("target", "contract-tools");
    private static final Path STAMP = HOME.resolve("installed-lock.sha256");
    private static final long INSTALL_MINUTES = 5;
    private static final long RUN_MINUTES = 10;

    private ContractTools() {
    }

    /** Redocly CLI with these arguments, run from the project's root. */
    public static Run redocly(String... arguments) {
        return run("@redocly/cli/bin/cli.js", arguments);
    }

    /** newman with these arguments, run from the project's root. */
    public static Run newman(String... arguments) {
        return run("newman/bin/newman.js", arguments);
    }

    /** What a tool printed (standard output and error, in order) and its exit code. */
    public record Run(int exitCode, String output) {
    }

    private static synchronized Run run(String script, String... arguments) {
        installed();
        List<String> command = new ArrayList<>(List.of("node", HOME.resolve("node_modules").resolve(script).toString()));
        command.addAll(List.of(arguments));
        return exec(command, Path.of("."), RUN_MINUTES);
    }

    private static void installed() {
        try {
            String lock = sha256(SOURCE.resolve("package-lock.json"));
            if (Files.exists(STAMP) && Files.readString(STAMP).equals(lock)
                    && Files.isDirectory(HOME.resolve("node_modules"))) {
                return;
            }
            Files.createDirectories(HOME);
            for (String file : List.of("package.json", "package-lock.json")) {
                Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            // When the registry cannot be reached: a failure within a minute or two, not after npm's defaults
            // (a 5-minute timeout per request, retried twice).
            Run install = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline",
                    "--fetch-timeout=60000", "--fetch-retries=1"), HOME, INSTALL_MINUTES);
            if (install.exitCode() != 0) {
                throw new IllegalStateException("npm ci of " + SOURCE + " into " + HOME + " failed (exit "
                        + install.exitCode() + "): the npm registry (" + registry() + ") must be reachable "
                        + "unless npm's cache holds the pinned packages. npm said:\n" + tail(install.output()));
            }
            Files.writeString(STAMP, lock);
        } catch (IOException e) {
            throw new IllegalStateException("cannot install the contract tools into " + HOME, e);
        }
    }

    private static Run exec(List<String> command, Path directory, long minutes) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        // Redocly CLI reports usage and looks for updates unless told not to: a build talks to no one needlessly.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        try {
            Path output = Files.createTempFile("contract-tool", ".log");
            try {
                return exec(builder.redirectOutput(output.toFile()), output, minutes);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command), e);
        }
    }

    private static Run exec(ProcessBuilder builder, Path output, long minutes) throws IOException {
        String name = builder.command().get(0);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notFound) {
            throw new IllegalStateException("cannot run " + name + ": the contract tests need Node.js 18 or later "
                    + "and npm on the PATH (./test installs Debian's nodejs and npm when they are missing)", notFound);
        }
        try {
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", builder.command()) + " did not end within " + minutes
                        + " minutes; it printed:\n" + tail(Files.readString(output)));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static String registry() {
        try {
            Run config = exec(List.of("npm", "config", "get", "registry"), Path.of("."), 1);
            return config.output().strip();
        } catch (IllegalStateException e) {
            return "the configured registry";
        }
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 20), lines.length));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
