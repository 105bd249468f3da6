package lu.econnector.config.control;

import java.net.URI;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.KeyStoreFile;
import lu.econnector.config.entity.Profile;
import lu.econnector.config.entity.Setting;

/**
 * What must hold before the eConnector serves anything: the licence accepted, every
 * keystore and truststore opening with its password and holding its aliases, the
 * sandbox never pointed at a production system, and the vendors' client ids named outside it.
 */
public final class StartupChecks {

    static final ConfigProblem LICENCE_NOT_ACCEPTED = new ConfigProblem(Setting.ACCEPT_LICENSE.name(),
            "the terms of use are not accepted; read them above, then set ACCEPT_LICENSE=true");

    private StartupChecks() {
    }

    /**
     * @param requireSaasKeystore true where the eConnector terminates TLS itself (Payara
     *                            Micro, {@link Preflight}); other servers own their TLS
     * @return every problem found, empty when the eConnector may start
     */
    public static List<ConfigProblem> run(EconnectorConfig config, boolean requireSaasKeystore) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!config.licenceAccepted()) {
            problems.add(LICENCE_NOT_ACCEPTED);
        }
        checkTruststore(config.kms(), problems);
        if (config.upstreamTlsTruststore() != null) {
            checkTlsTruststore(config.upstreamTlsTruststore(), problems);
        }
        checkKeystore(config.mySecu().genericKeystore(), problems);
        if (config.saasKeystore() != null) {
            checkKeystore(config.saasKeystore(), problems);
        } else if (requireSaasKeystore) {
            problems.add(new ConfigProblem(Setting.SAAS_KEYSTORE.name(),
                    "is required: the HTTPS listener on SERVER_PORT needs its certificate"));
        }
        checkSandboxStaysLocal(config, problems);
        checkClientIdsNamed(config, problems);
        return problems;
    }

    /**
     * AeS is one national realm shared by many applications: without a list of accepted
     * {@code azp}, a token any of them obtained for a professional would open this
     * eConnector. Only the sandbox, whose simulated AeS has one vendor client, may do without.
     */
    private static void checkClientIdsNamed(EconnectorConfig config, List<ConfigProblem> problems) {
        if (config.profile() != Profile.SANDBOX && config.aes().acceptedClientIds().isEmpty()) {
            problems.add(new ConfigProblem(Setting.AES_CLIENT_IDS.name(), "is required in profile "
                    + config.profile() + ": the AeS realm is shared by many applications; list the client ids"
                    + " (azp) of the vendor software allowed to call this eConnector"));
        }
    }

    private static void checkTruststore(EconnectorConfig.Kms kms, List<ConfigProblem> problems) {
        withOpened(kms.truststore(), problems, keyStore -> {
            if (isEmpty(keyStore) && kms.truststore().password() == null) {
                problems.add(new ConfigProblem(Setting.TRUSTSTORE_KMS_PASSWORD.name(), "is not set, and "
                        + kms.truststore().file() + " shows no certificate without it"));
                return;
            }
            KeyStoreCheck.holdsCertificate(kms.truststore(), keyStore, Setting.SIGNING_CA_ALIAS.name(),
                    kms.signingCaAlias(), problems);
            KeyStoreCheck.holdsCertificate(kms.truststore(), keyStore, Setting.TIMESTAMP_CA_ALIAS.name(),
                    kms.timestampCaAlias(), problems);
            KeyStoreCheck.holdsCertificate(kms.truststore(), keyStore, Setting.ROOT_SIGNING_CA_ALIAS.name(),
                    kms.rootSigningCaAlias(), problems);
        });
    }

    /** A TLS truststore that trusts nothing is a mistake (a wrong file, or its password missing). */
    private static void checkTlsTruststore(KeyStoreFile store, List<ConfigProblem> problems) {
        withOpened(store, problems, keyStore -> {
            if (isEmpty(keyStore)) {
                problems.add(store.password() == null
                        ? new ConfigProblem(store.passwordVariable(), "is not set, and " + store.file()
                                + " shows no certificate without it")
                        : new ConfigProblem(store.fileVariable(), store.file() + " holds no certificate to trust"));
            }
        });
    }

    private static boolean isEmpty(KeyStore keyStore) {
        try {
            return keyStore.size() == 0;
        } catch (KeyStoreException e) {
            return true;
        }
    }

    private static void checkKeystore(KeyStoreFile store, List<ConfigProblem> problems) {
        withOpened(store, problems, keyStore -> {
            String alias = KeyStoreCheck.keyAlias(store, keyStore, problems);
            if (alias != null) {
                KeyStoreCheck.keyOpens(store, keyStore, alias, problems);
            }
        });
    }

    private static void withOpened(KeyStoreFile store, List<ConfigProblem> problems,
                                   Consumer<KeyStore> then) {
        if (store.file() == null) {
            return; // already reported as missing
        }
        // Java 17 has no pattern switch: an instanceof chain over the sealed result.
        KeyStoreCheck.Opened opened = KeyStoreCheck.open(store);
        if (opened instanceof KeyStoreCheck.Store ok) {
            then.accept(ok.keyStore());
        } else if (opened instanceof KeyStoreCheck.Refused refused) {
            problems.add(refused.problem());
        }
    }

    /** A sandbox sends test data and signs with test keys: it must never reach production. */
    private static void checkSandboxStaysLocal(EconnectorConfig config, List<ConfigProblem> problems) {
        if (config.profile() != Profile.SANDBOX) {
            return;
        }
        Set<String> production = ProfileDefaults.of(Profile.DOCKER_PROD).values().values().stream()
                .map(URI::create).map(StartupChecks::origin).collect(Collectors.toSet());
        config.upstreamUrls().stream()
                .filter(named -> named.url() != null && production.contains(origin(named.url())))
                .forEach(named -> problems.add(new ConfigProblem(named.setting().name(),
                        named.url() + " is a production system; the sandbox profile only talks to simulators")));
    }

    private static String origin(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
        return Objects.toString(uri.getHost(), "").toLowerCase() + ":" + port;
    }
}
