package lu.econnector.config.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.KeyStoreFile;

/**
 * Runs the startup checks before Payara Micro boots ({@code server-config/econnector.sh}),
 * because Payara Micro given a keystore it cannot open still reports "ready" while
 * deploying nothing. When the checks pass it prepares the HTTPS listener in a private
 * runtime folder: a copy of the SaaS key under a fixed alias with a fresh random password
 * (so that neither the operator's password nor a differing key password reaches Payara's
 * command line), the system properties pointing Payara to it, and Payara's arguments.
 *
 * <p>Exit status 0 when the eConnector may start, 2 with one line per problem otherwise.
 */
public final class Preflight {

    public static final String HTTPS_ALIAS = "econnector-https";
    static final String ARGS_FILE = "payara-micro.args";

    private Preflight() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !"--runtime-dir".equals(args[0])) {
            System.err.println("usage: java -jar econnector-preflight.jar --runtime-dir <folder>");
            System.exit(64);
        }
        System.exit(run(ConfigLookup.ofProcess(), Path.of(args[1]), System.err));
    }

    /** @return the process exit status */
    public static int run(ConfigLookup lookup, Path runtimeDir, PrintStream out) {
        StartupVerdict verdict = StartupVerdict.of(lookup, true);
        verdict.report().forEach(out::println);
        if (!verdict.passed()) {
            return 2;
        }
        try {
            prepareHttps(verdict.config(), runtimeDir);
            out.println("eConnector preflight passed: profile " + verdict.config().profile() + ", HTTPS on port "
                    + verdict.config().serverPort());
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            out.println(StartupVerdict.REFUSAL_PREFIX + "cannot prepare the HTTPS listener in " + runtimeDir + " ("
                    + e.getClass().getSimpleName() + ")");
            return 2;
        }
    }

    private static void prepareHttps(EconnectorConfig config, Path runtimeDir)
            throws IOException, GeneralSecurityException {
        KeyStoreFile saas = config.saasKeystore();
        KeyStore source = KeyStore.getInstance(saas.file().toFile(), saas.storePassword());
        String alias = KeyStoreCheck.keyAlias(saas, source, new ArrayList<>());
        char[] password = randomPassword();
        KeyStore https = KeyStore.getInstance("PKCS12");
        https.load(null, null);
        https.setKeyEntry(HTTPS_ALIAS, source.getKey(alias, saas.privateKeyPassword()), password,
                source.getCertificateChain(alias));

        Files.createDirectories(runtimeDir);
        Path keystore = runtimeDir.resolve("https-keystore.p12");
        try (OutputStream out = privateFile(keystore)) {
            https.store(out, password);
        }
        Properties system = new Properties();
        system.setProperty("javax.net.ssl.keyStore", keystore.toAbsolutePath().toString());
        system.setProperty("javax.net.ssl.keyStorePassword", new String(password));
        system.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
        Path properties = runtimeDir.resolve("system.properties");
        try (OutputStream out = privateFile(properties)) {
            system.store(out, "Written by the eConnector preflight; private to this run");
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--sslport", String.valueOf(config.serverPort()),
                "--sslcert", HTTPS_ALIAS,
                "--systemproperties", properties.toAbsolutePath().toString()));
        arguments.addAll(clusterArguments(config.cluster()));
        Files.write(runtimeDir.resolve(ARGS_FILE), arguments);
    }

    /**
     * Without a cluster, no data grid at all: two instances on one network must not join each
     * other unasked, and Hazelcast is not started (2-3 s of the boot). Only {@code --nohazelcast}
     * does that: with {@code --nocluster} beside it Payara Micro starts a local member anyway.
     * With one, TCP/IP discovery on the members named, or Payara's DNS discovery: every address
     * of the name (all A records, loopback ones left out) on the grid port. Backups go to any
     * other member, even on the same host ({@code --nohostaware}): Payara's default keeps none on
     * a member sharing the host's address, and a crash would then lose what that member held.
     */
    static List<String> clusterArguments(EconnectorConfig.Cluster cluster) {
        if (!cluster.enabled()) {
            return List.of("--nohazelcast");
        }
        String discovery = cluster.discoveredByDns() ? "dns:" + cluster.dnsName() + ":" + cluster.port()
                : "tcpip:" + String.join(",", cluster.members());
        return List.of("--clustermode", discovery,
                "--startport", String.valueOf(cluster.port()),
                "--clustername", cluster.name(),
                "--nohostaware");
    }

    private static OutputStream privateFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        return Files.newOutputStream(file);
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toCharArray();
    }
}
