package lu.econnector.config.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.InvalidConfigurationException;
import lu.econnector.config.entity.Profile;
import lu.econnector.config.entity.PadesLevel;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "TRUSTSTORE_KMS_FILENAME", "/etc/econnector/truststore.p12",
            "GENERIC_KEYSTORE_FILE", "/etc/econnector/generic.p12",
            "GENERIC_KEYSTORE_PWD", "secret",
            "SIGNING_CA_ALIAS", "signing",
            "TIMESTAMP_CA_ALIAS", "tsa",
            "ROOT_SIGNING_CA_ALIAS", "root"));

    /** The defaults of the profile that the values select, under the values: as MicroProfile Config layers them. */
    private EconnectorConfig read() {
        return ConfigReader.read(ConfigLookup.withProfileDefaults(ConfigLookup.of(values)));
    }

    private InvalidConfigurationException refusal() {
        return catchThrowableOfType(InvalidConfigurationException.class, this::read);
    }

    @Test
    void withoutProfileTheIntegrationUrlsAreTheDefaults() {
        EconnectorConfig config = read();

        assertThat(config.profile()).isEqualTo(Profile.DOCKER_INTEGRATION);
        assertThat(config.aes().issuer()).isEqualTo(URI.create("https://www-integration.esante.lu/auth/realms/default"));
        assertThat(config.kms().signUrl()).isEqualTo(URI.create("https://hoki-uat-tsu.incert.lu/api/v3/sign-data"));
        assertThat(config.ihub().url()).isEqualTo(URI.create("https://ihub-test.cns.secu.lu/ws/rest/ihub/v1"));
        assertThat(config.mySecu().enrolmentPortal()).isEqualTo(URI.create("https://mysecu-test.services-publics.lu"));
        assertThat(config.serverPort()).isEqualTo(8443);
        assertThat(config.limits().maxRequestBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.ihub().pollInterval()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void theSignatureLevelIsPadesBaselineTUnlessSet() {
        assertThat(read().signature().level()).isEqualTo(PadesLevel.T);

        values.put("SIGNATURE_LEVEL", "PAdES-BASELINE-LTA");

        assertThat(read().signature().level()).isEqualTo(PadesLevel.LTA);
    }

    @Test
    void anUnknownSignatureLevelStopsTheStart() {
        values.put("SIGNATURE_LEVEL", "PAdES-BASELINE-B");

        assertThat(refusal().problems()).extracting(ConfigProblem::line).singleElement().asString()
                .startsWith("SIGNATURE_LEVEL: 'PAdES-BASELINE-B' is not a signature level; choose among "
                        + "[PAdES-BASELINE-T, PAdES-BASELINE-LT, PAdES-BASELINE-LTA]");
    }

    @Test
    void thePollIntervalTakesDecimalMinutesDownToOneSecond() {
        values.put("IHUB_POLL_INTERVAL_MINUTES", "0.05");

        assertThat(read().ihub().pollInterval()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aPollIntervalBelowOneSecondIsRefused() {
        values.put("IHUB_POLL_INTERVAL_MINUTES", "0.001");

        assertThat(refusal().problems()).extracting(ConfigProblem::line).singleElement().asString()
                .startsWith("IHUB_POLL_INTERVAL_MINUTES: '0.001' is not a number of minutes");
    }

    @Test
    void springProfilesActiveSelectsProductionUrls() {
        values.put("SPRING_PROFILES_ACTIVE", "docker-prod");

        EconnectorConfig config = read();

        assertThat(config.profile()).isEqualTo(Profile.DOCKER_PROD);
        assertThat(config.aes().issuer()).isEqualTo(URI.create("https://www.esante.lu/auth/realms/default"));
        assertThat(config.kms().getCertificateUrl())
                .isEqualTo(URI.create("https://hoki-tsu-kms.incert.lu/api/v3/get-certificate"));
        assertThat(config.mySecu().stsUrl().getPort()).isEqualTo(443);
        assertThat(config.mySecu().enrolmentPortal()).isEqualTo(URI.create("https://secu.services-publics.lu/"));
    }

    @Test
    void mpConfigProfileWinsOverSpringProfilesActive() {
        values.put("SPRING_PROFILES_ACTIVE", "docker-prod");
        values.put("mp.config.profile", "sandbox");

        assertThat(read().profile()).isEqualTo(Profile.SANDBOX);
    }

    @Test
    void theFirstKnownOfSeveralSpringProfilesIsTaken() {
        values.put("SPRING_PROFILES_ACTIVE", "logging-json, docker-prod");

        assertThat(read().profile()).isEqualTo(Profile.DOCKER_PROD);
    }

    @Test
    void anUnknownProfileIsRefusedNamingTheVariable() {
        values.put("SPRING_PROFILES_ACTIVE", "production");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("SPRING_PROFILES_ACTIVE: unknown profile 'production': use one of "
                        + "[docker-integration, docker-prod, sandbox]");
    }

    @Test
    void anEnvironmentVariableOverridesTheProfileDefault() {
        values.put("KMS_SIGN_URL", "https://kms.example.lu/api/v3/sign-data");

        assertThat(read().kms().signUrl()).isEqualTo(URI.create("https://kms.example.lu/api/v3/sign-data"));
    }

    @Test
    void aMalformedUrlIsRefusedNamingTheVariable() {
        values.put("IHUB_URL", "https://ihub .cns.lu/v1");

        assertThat(refusal().problems()).extracting(ConfigProblem::line).singleElement().asString()
                .startsWith("IHUB_URL: 'https://ihub .cns.lu/v1' is not a valid URL");
    }

    @Test
    void aRelativeUrlIsRefused() {
        values.put("CCSS_URL", "/ws/soap/trust");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("CCSS_URL: '/ws/soap/trust' is not an absolute URL with a host");
    }

    @Test
    void plainHttpIsRefusedExceptTowardsLoopback() {
        values.put("KMS_SIGN_URL", "http://kms.example.lu/sign");
        values.put("KMS_TIMESTAMP_URL", "http://127.0.0.1:9000/timestamp");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("KMS_SIGN_URL: 'http://kms.example.lu/sign' must use https");
    }

    @Test
    void everyMissingRequiredSettingIsReportedAtOnce() {
        values.remove("GENERIC_KEYSTORE_PWD");
        values.remove("SIGNING_CA_ALIAS");

        assertThat(refusal().problems()).extracting(ConfigProblem::line).containsExactlyInAnyOrder(
                "GENERIC_KEYSTORE_PWD: is required but not set (nor GENERIC_KEYSTORE_PWD_FILE)",
                "SIGNING_CA_ALIAS: is required but not set");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        values.put("SERVER_PORT", "70000");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("SERVER_PORT: 70000 is not a TCP port (1-65535)");
    }

    @Test
    void aNonNumericTimeoutIsRefused() {
        values.put("UPSTREAM_READ_TIMEOUT_MS", "10s");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("UPSTREAM_READ_TIMEOUT_MS: '10s' is not a positive whole number");
    }

    @Test
    void theLimitsOnUploadedPdfsHaveDefaultsSizedFromTheCores() {
        EconnectorConfig.Pdf pdf = read().limits().pdf();

        assertThat(pdf.maxConcurrentIntakes()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(pdf.maxDecodedBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(pdf.maxPages()).isEqualTo(500);
        assertThat(pdf.maxObjects()).isEqualTo(50_000);
        assertThat(pdf.maxRevisions()).isEqualTo(50);
        assertThat(pdf.validationTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theLimitsOnUploadedPdfsAreSettable() {
        values.putAll(Map.of("PDF_MAX_CONCURRENT_INTAKES", "3", "PDF_MAX_DECODED_BYTES", "1048576",
                "PDF_MAX_PAGES", "10", "PDF_MAX_OBJECTS", "1000", "PDF_MAX_REVISIONS", "4",
                "VALIDATION_TIMEOUT_MS", "1500"));

        assertThat(read().limits().pdf()).isEqualTo(new EconnectorConfig.Pdf(3, 1_048_576, 10, 1000, 4,
                Duration.ofMillis(1500)));
    }

    @Test
    void aPageLimitBeyondAnIntIsRefused() {
        values.put("PDF_MAX_PAGES", "3000000000");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("PDF_MAX_PAGES: 3000000000 is larger than 2147483647");
    }

    @Test
    void debugLogMustBeTrueOrFalse() {
        values.put("DEBUG_LOG", "yes");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("DEBUG_LOG: 'yes' is neither true nor false");
    }

    @Test
    void aRefusedSecretIsNeverQuoted() {
        values.put("GENERIC_KEYSTORE_PWD", "s3cr3t-value");
        values.put("IHUB_URL", "not a url");

        assertThatThrownBy(this::read).hasMessageNotContaining("s3cr3t-value");
    }

    @Test
    void acceptedClientIdsAreACommaSeparatedList() {
        values.put("AES_CLIENT_IDS", "vendor-a, vendor-b,");

        assertThat(read().aes().acceptedClientIds()).containsExactly("vendor-a", "vendor-b");
    }

    @Test
    void withoutClusterEachInstanceKeepsItsOwnMemory() {
        values.put("ECONNECTOR_CLUSTER_MEMBERS", "not looked at");

        assertThat(read().cluster()).isEqualTo(EconnectorConfig.Cluster.OFF);
    }

    @Test
    void aClusterNamesItsMembersAsHostAndPort() {
        values.put("ECONNECTOR_CLUSTER", "true");
        values.put("ECONNECTOR_CLUSTER_MEMBERS", "econnector-0.econnector:6900,[fd00::2]:6900");

        EconnectorConfig.Cluster cluster = read().cluster();

        assertThat(cluster.enabled()).isTrue();
        assertThat(cluster.members()).containsExactly("econnector-0.econnector:6900", "[fd00::2]:6900");
        assertThat(cluster.port()).isEqualTo(6900);
        assertThat(cluster.name()).isEqualTo("econnector");
    }

    @Test
    void aClusterWithoutMembersOrWithMalformedOnesIsRefused() {
        values.put("ECONNECTOR_CLUSTER", "true");
        assertThat(refusal().problems()).extracting(ConfigProblem::variable).contains("ECONNECTOR_CLUSTER_MEMBERS");

        values.put("ECONNECTOR_CLUSTER_MEMBERS", "host-a:6900,host-b,host-c:70000");
        values.put("ECONNECTOR_CLUSTER_NAME", "two words");
        assertThat(refusal().problems()).extracting(ConfigProblem::message).contains(
                "'host-b' is not host:port", "'host-c:70000' is not host:port",
                "'two words' is not 1 to 64 letters, digits, '.', '_' or '-'");
    }

    @Test
    void aClusterMayFindItsMembersByOneDnsName() {
        values.put("ECONNECTOR_CLUSTER", "true");
        values.put("ECONNECTOR_CLUSTER_DNS_NAME", "econnector-grid.econnector.svc.cluster.local");

        EconnectorConfig.Cluster cluster = read().cluster();

        assertThat(cluster.discoveredByDns()).isTrue();
        assertThat(cluster.dnsName()).isEqualTo("econnector-grid.econnector.svc.cluster.local");
        assertThat(cluster.members()).isEmpty();
    }

    @Test
    void aClusterNamingBothAListAndADnsNameOrABadNameIsRefused() {
        values.put("ECONNECTOR_CLUSTER", "true");
        values.put("ECONNECTOR_CLUSTER_DNS_NAME", "econnector-grid");
        values.put("ECONNECTOR_CLUSTER_MEMBERS", "host-a:6900");
        assertThat(refusal().problems()).extracting(ConfigProblem::message).anyMatch(m -> m.contains("not both"));

        values.remove("ECONNECTOR_CLUSTER_MEMBERS");
        values.put("ECONNECTOR_CLUSTER_DNS_NAME", "grid;rm -rf /");
        assertThat(refusal().problems()).extracting(ConfigProblem::message).contains("'grid;rm -rf /' is not a DNS name");
    }
}
