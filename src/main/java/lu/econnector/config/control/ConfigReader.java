package lu.econnector.config.control;

import static lu.econnector.config.entity.Setting.*;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.InvalidConfigurationException;
import lu.econnector.config.entity.KeyStoreFile;
import lu.econnector.config.entity.Profile;
import lu.econnector.config.entity.Setting;
import lu.econnector.config.entity.PadesLevel;

/**
 * Reads and types every setting, collecting all the problems of form (a missing value, a
 * malformed URL or number) so that an operator fixes them in one go.
 */
public final class ConfigReader {

    static final int DEFAULT_SERVER_PORT = 8443;
    static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    private final ConfigLookup lookup;
    private final SettingParser parse;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigReader(ConfigLookup lookup) {
        this.lookup = lookup;
        this.parse = new SettingParser(lookup, problems);
    }

    /** @throws InvalidConfigurationException listing every problem found */
    public static EconnectorConfig read(ConfigLookup lookup) {
        return new ConfigReader(lookup).read();
    }

    private EconnectorConfig read() {
        Profile profile = profile();
        EconnectorConfig config = new EconnectorConfig(
                profile,
                lookup.get(ACCEPT_LICENSE.name()).map("true"::equalsIgnoreCase).orElse(false),
                parse.flag(DEBUG_LOG, false),
                parse.port(SERVER_PORT, DEFAULT_SERVER_PORT),
                aes(),
                kms(),
                new EconnectorConfig.Signature(
                        lookup.get(SIGNATURE_REASON.name()).orElse(DEFAULT_SIGNATURE_REASON),
                        lookup.get(SIGNATURE_LOCATION.name()).orElse("Luxembourg"),
                        parse.flag(SIGNATURE_VISIBLE, false),
                        signatureLevel()),
                mySecu(),
                new EconnectorConfig.Ihub(parse.url(IHUB_URL),
                        parse.positiveMinutes(IHUB_POLL_INTERVAL_MINUTES, 60)),
                saasKeystore(),
                limits(),
                adminConsole(),
                upstreamTlsTruststore(),
                ClusterSettings.read(lookup, parse, problems));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return config;
    }

    private Profile profile() {
        try {
            return ActiveProfile.resolve(lookup);
        } catch (IllegalArgumentException unknown) {
            String variable = lookup.get(ActiveProfile.MP_PROFILE).isPresent() ? ActiveProfile.MP_PROFILE
                    : lookup.get(ActiveProfile.MP_PROFILE_ENV).isPresent() ? ActiveProfile.MP_PROFILE_ENV
                    : ActiveProfile.SPRING_PROFILES;
            problems.add(new ConfigProblem(variable, unknown.getMessage()));
            return Profile.DEFAULT;
        }
    }

    /** French, then German, as the CNS documents are. */
    static final String DEFAULT_SIGNATURE_REASON =
            "Document signé électroniquement par le prestataire / Vom Leistungserbringer elektronisch signiert";

    /** The CNS documents' level by default; any other value than the three levels stops the start. */
    private PadesLevel signatureLevel() {
        return lookup.get(SIGNATURE_LEVEL.name()).map(value -> PadesLevel.named(value).orElseGet(() -> {
            problems.add(new ConfigProblem(SIGNATURE_LEVEL.name(), "'" + value + "' is not a signature level; choose among "
                    + Arrays.stream(PadesLevel.values()).map(PadesLevel::etsiName).toList()));
            return PadesLevel.T;
        })).orElse(PadesLevel.T);
    }

    /** Asymmetric JWS algorithms only: never {@code none}, never HMAC (docs/upstreams.md section 1). */
    static final List<String> SAFE_ALGORITHMS = List.of("RS256", "PS256", "ES256");

    private EconnectorConfig.Aes aes() {
        List<String> algorithms = list(AES_ACCEPTED_ALGORITHMS).orElse(SAFE_ALGORITHMS);
        algorithms.stream().filter(a -> !SAFE_ALGORITHMS.contains(a)).forEach(a -> problems.add(new ConfigProblem(
                AES_ACCEPTED_ALGORITHMS.name(), "'" + a + "' is not accepted; choose among " + SAFE_ALGORITHMS)));
        return new EconnectorConfig.Aes(parse.url(AES_ISSUER_URL), list(AES_CLIENT_IDS).orElse(List.of()), algorithms,
                Duration.ofSeconds(parse.positiveLong(AES_CLOCK_SKEW_SECONDS, 30)),
                Duration.ofSeconds(parse.positiveLong(AES_JWKS_MIN_REFRESH_SECONDS, 30)));
    }

    private Optional<List<String>> list(Setting setting) {
        return lookup.get(setting.name())
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private EconnectorConfig.Kms kms() {
        KeyStoreFile truststore = KeyStoreFile.truststore(TRUSTSTORE_KMS_FILENAME.name(),
                parse.file(TRUSTSTORE_KMS_FILENAME), parse.secretVariable(TRUSTSTORE_KMS_PASSWORD),
                parse.optionalSecret(TRUSTSTORE_KMS_PASSWORD));
        return new EconnectorConfig.Kms(parse.url(KMS_GET_CERTIFICATE_URL), parse.url(KMS_SIGN_URL),
                parse.url(KMS_TIMESTAMP_URL), truststore,
                parse.text(SIGNING_CA_ALIAS), parse.text(TIMESTAMP_CA_ALIAS), parse.text(ROOT_SIGNING_CA_ALIAS));
    }

    private EconnectorConfig.MySecu mySecu() {
        KeyStoreFile generic = new KeyStoreFile(GENERIC_KEYSTORE_FILE.name(), parse.file(GENERIC_KEYSTORE_FILE),
                parse.secretVariable(GENERIC_KEYSTORE_PWD), parse.secret(GENERIC_KEYSTORE_PWD), null, null,
                GENERIC_KEYSTORE_ALIAS.name(), parse.optionalText(GENERIC_KEYSTORE_ALIAS));
        return new EconnectorConfig.MySecu(parse.url(CCSS_URL), parse.url(CCSS_SYNC_URL),
                parse.url(SYNC_EXCHANGE_WSDL), generic, parse.url(MYSECU_ENROLMENT_PORTAL));
    }

    /** Optional here: on a server other than Payara Micro, the server terminates TLS itself. */
    private KeyStoreFile saasKeystore() {
        if (lookup.get(SAAS_KEYSTORE.name()).isEmpty()) {
            return null;
        }
        return new KeyStoreFile(SAAS_KEYSTORE.name(), parse.file(SAAS_KEYSTORE),
                parse.secretVariable(SAAS_KEYSTORE_PASSWORD), parse.secret(SAAS_KEYSTORE_PASSWORD),
                parse.secretVariable(SAAS_KEYSTORE_KEY_PASSWORD), parse.optionalSecret(SAAS_KEYSTORE_KEY_PASSWORD),
                SAAS_KEYSTORE_ALIAS.name(), parse.optionalText(SAAS_KEYSTORE_ALIAS));
    }

    /** Optional: without it, upstream TLS servers are trusted through the JVM's CAs only. */
    private KeyStoreFile upstreamTlsTruststore() {
        if (lookup.get(UPSTREAM_TLS_TRUSTSTORE.name()).isEmpty()) {
            return null;
        }
        return KeyStoreFile.truststore(UPSTREAM_TLS_TRUSTSTORE.name(), parse.file(UPSTREAM_TLS_TRUSTSTORE),
                parse.secretVariable(UPSTREAM_TLS_TRUSTSTORE_PASSWORD),
                parse.optionalSecret(UPSTREAM_TLS_TRUSTSTORE_PASSWORD));
    }

    private EconnectorConfig.Limits limits() {
        return new EconnectorConfig.Limits(
                Duration.ofMillis(parse.positiveLong(UPSTREAM_CONNECT_TIMEOUT_MS, 2_000)),
                Duration.ofMillis(parse.positiveLong(UPSTREAM_READ_TIMEOUT_MS, 10_000)),
                Duration.ofMillis(parse.positiveLong(HEALTH_PROBE_TIMEOUT_MS, 3_000)),
                parse.positiveLong(MAX_REQUEST_BODY_BYTES, DEFAULT_MAX_BODY),
                pdf());
    }

    /** Two readings per core: parsing is CPU work, and a PDF's I/O is already in memory. */
    static final int DEFAULT_CONCURRENT_INTAKES = 2 * Runtime.getRuntime().availableProcessors();

    private EconnectorConfig.Pdf pdf() {
        return new EconnectorConfig.Pdf(
                parse.positiveInt(PDF_MAX_CONCURRENT_INTAKES, DEFAULT_CONCURRENT_INTAKES),
                parse.positiveLong(PDF_MAX_DECODED_BYTES, 64L * 1024 * 1024),
                parse.positiveInt(PDF_MAX_PAGES, 500),
                parse.positiveInt(PDF_MAX_OBJECTS, 50_000),
                parse.positiveInt(PDF_MAX_REVISIONS, 50),
                Duration.ofMillis(parse.positiveLong(VALIDATION_TIMEOUT_MS, 20_000)));
    }

    private EconnectorConfig.AdminConsole adminConsole() {
        URI issuer = lookup.get(ADMIN_OIDC_ISSUER_URL.name()).isPresent()
                ? parse.url(ADMIN_OIDC_ISSUER_URL)
                : parse.url(AES_ISSUER_URL);
        return new EconnectorConfig.AdminConsole(issuer,
                lookup.get(ADMIN_OIDC_CLIENT_ID.name()).orElse("econnector-console"),
                parse.optionalSecret(ADMIN_OIDC_CLIENT_SECRET),
                lookup.get(ADMIN_ROLE.name()).orElse("econnector-admin"),
                lookup.get(ADMIN_ROLE_CLAIM.name()).orElse("roles"));
    }
}
