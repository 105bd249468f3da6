package lu.econnector.it;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * The vendor program of {@code src/test/clients/typescript}, run on Node against the eConnector
 * under test: copied beside the TypeScript client that the build generated, its pinned
 * TypeScript installed with {@code npm ci}, compiled with {@code tsc}, then run with the
 * eConnector's certificate as Node's one extra trusted CA (no "trust all").
 */
final class TypeScriptProgram {

    private static final Path SOURCES = Path.of("src", "test", "clients", "typescript");
    private static final Path GENERATED = Path.of("target", "generated-clients");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "tsconfig.json", "main.ts");

    private final Path folder = GENERATED.resolve("typescript-check");

    /** Installs and compiles the program; a client that does not compile fails here, with tsc's output. */
    static TypeScriptProgram compiled() throws IOException, InterruptedException {
        TypeScriptProgram program = new TypeScriptProgram();
        Files.createDirectories(program.folder);
        for (String file : FILES) {
            Files.copy(SOURCES.resolve(file), program.folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        program.run(Map.of(), "npm", "ci", "--no-audit", "--no-fund");
        program.run(Map.of(), "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
        return program;
    }

    /** Runs the compiled program with these variables; its standard output, when it exits with 0. */
    String run(Map<String, String> environment) throws IOException, InterruptedException {
        Map<String, String> withTrust = new HashMap<>(environment);
        withTrust.put("NODE_EXTRA_CA_CERTS", econnectorCertificate().toAbsolutePath().toString());
        return run(withTrust, "node", "dist/typescript-check/main.js");
    }

    private String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().putAll(environment);
        Path output = folder.resolve("stdout.txt");
        Path errors = folder.resolve("stderr.txt");
        builder.redirectOutput(output.toFile()).redirectError(errors.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end in 5 minutes");
        }
        String stdout = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                    + stdout + Files.readString(errors));
        }
        return stdout;
    }

    /** The sandbox eConnector's self-signed HTTPS certificate, as PEM for Node. */
    private Path econnectorCertificate() throws IOException {
        Path pem = folder.resolve("econnector-certificate.pem");
        try {
            KeyStore keystore = KeyStore.getInstance(EconnectorClient.testPki().saasKeystore().toFile(),
                    SandboxPki.PASSWORD.toCharArray());
            byte[] der = keystore.getCertificate(SandboxPki.SAAS_ALIAS).getEncoded();
            try (Writer out = Files.newBufferedWriter(pem)) {
                out.write("-----BEGIN CERTIFICATE-----\n");
                out.write(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der));
                out.write("\n-----END CERTIFICATE-----\n");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the eConnector's certificate", e);
        }
        return pem;
    }
}
