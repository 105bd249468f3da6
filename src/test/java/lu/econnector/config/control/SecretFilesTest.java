package lu.econnector.config.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.InvalidConfigurationException;
import lu.econnector.config.entity.Secret;
import lu.econnector.config.entity.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every secret is also read from the file its {@code _FILE} variable names, as orchestrators mount secrets. */
class SecretFilesTest {

    /** Where the configuration keeps each secret variable's value. */
    private static final Map<Setting, Function<EconnectorConfig, Secret>> SECRETS = Map.of(
            Setting.TRUSTSTORE_KMS_PASSWORD, config -> config.kms().truststore().password(),
            Setting.GENERIC_KEYSTORE_PWD, config -> config.mySecu().genericKeystore().password(),
            Setting.SAAS_KEYSTORE_PASSWORD, config -> config.saasKeystore().password(),
            Setting.SAAS_KEYSTORE_KEY_PASSWORD, config -> config.saasKeystore().keyPassword(),
            Setting.UPSTREAM_TLS_TRUSTSTORE_PASSWORD, config -> config.upstreamTlsTruststore().password(),
            Setting.ADMIN_OIDC_CLIENT_SECRET, config -> config.adminConsole().clientSecret());

    @TempDir
    Path folder;

    private final Map<String, String> values = new HashMap<>(Map.of(
            "TRUSTSTORE_KMS_FILENAME", "/etc/econnector/truststore.p12",
            "GENERIC_KEYSTORE_FILE", "/etc/econnector/generic.p12",
            "GENERIC_KEYSTORE_PWD", "generic-secret",
            "SIGNING_CA_ALIAS", "signing",
            "TIMESTAMP_CA_ALIAS", "tsa",
            "ROOT_SIGNING_CA_ALIAS", "root",
            "SAAS_KEYSTORE", "/etc/econnector/saas.p12",
            "SAAS_KEYSTORE_PASSWORD", "saas-secret",
            "UPSTREAM_TLS_TRUSTSTORE", "/etc/econnector/tls.p12"));

    static Stream<Setting> secrets() {
        return Arrays.stream(Setting.values()).filter(Setting::secret);
    }

    private EconnectorConfig read() {
        return ConfigReader.read(ConfigLookup.withProfileDefaults(ConfigLookup.of(values)));
    }

    private InvalidConfigurationException refusal() {
        return catchThrowableOfType(InvalidConfigurationException.class, this::read);
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private void fromFile(Setting secret, String content) throws IOException {
        values.remove(secret.name());
        values.put(secret.fileVariable(), file(secret.name().toLowerCase(), content.getBytes(StandardCharsets.UTF_8))
                .toString());
    }

    @Test
    void everySecretVariableIsCoveredHere() {
        assertThat(SECRETS.keySet()).containsExactlyInAnyOrderElementsOf(secrets().toList());
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void theSecretIsTheFileWithoutItsTrailingLineBreak(Setting secret) throws IOException {
        fromFile(secret, "s3cret with a trailing space \n");

        assertThat(SECRETS.get(secret).apply(read()).value()).isEqualTo("s3cret with a trailing space ");
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void aWindowsLineBreakIsStrippedToo(Setting secret) throws IOException {
        fromFile(secret, "s3cret\r\n");

        assertThat(SECRETS.get(secret).apply(read()).value()).isEqualTo("s3cret");
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void onlyOneLineBreakIsStripped(Setting secret) throws IOException {
        fromFile(secret, "s3cret\n\n");

        assertThat(SECRETS.get(secret).apply(read()).value()).isEqualTo("s3cret\n");
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void bothTheVariableAndItsFileStopTheStartNamingBoth(Setting secret) throws IOException {
        fromFile(secret, "from-the-file");
        values.put(secret.name(), "from-the-variable");

        InvalidConfigurationException refusal = refusal();

        assertThat(refusal.problems()).extracting(ConfigProblem::line).containsExactly(
                secret.name() + ": is set, and so is " + secret.fileVariable() + ": set only one of them");
        assertThat(refusal.getMessage()).doesNotContain("from-the-file").doesNotContain("from-the-variable");
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void aMissingFileStopsTheStartNamingTheFileVariable(Setting secret) {
        values.remove(secret.name());
        Path missing = folder.resolve("no-such-secret");
        values.put(secret.fileVariable(), missing.toString());

        assertThat(refusal().problems()).extracting(ConfigProblem::line).containsExactly(
                secret.fileVariable() + ": cannot read '" + missing + "': no such file");
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void anUnreadableFileStopsTheStartWithoutTheSecret(Setting secret) throws IOException {
        fromFile(secret, "unreadable-secret");
        Path file = Path.of(values.get(secret.fileVariable()));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            // Root reads any file: a folder stands for the unreadable case then.
            Files.delete(file);
            Files.createDirectory(file);
        }

        InvalidConfigurationException refusal = refusal();

        assertThat(refusal.problems()).extracting(ConfigProblem::line).singleElement().asString()
                .startsWith(secret.fileVariable() + ": ").contains("'" + file + "'")
                .containsAnyOf("permission denied", "is a folder, not a file");
        assertThat(refusal.getMessage()).doesNotContain("unreadable-secret");
    }

    @ParameterizedTest
    @MethodSource("secrets")
    void anEmptyFileStopsTheStart(Setting secret) throws IOException {
        fromFile(secret, "\n");

        assertThat(refusal().problems()).extracting(ConfigProblem::line).containsExactly(
                secret.fileVariable() + ": '" + values.get(secret.fileVariable()) + "' is empty");
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefusedWithoutItsBytes() throws IOException {
        values.remove("GENERIC_KEYSTORE_PWD");
        values.put("GENERIC_KEYSTORE_PWD_FILE", file("binary", new byte[] {(byte) 0xC3, 0x28, 'x'}).toString());

        assertThat(refusal().problems()).extracting(ConfigProblem::line).singleElement().asString()
                .endsWith("' is not UTF-8 text");
    }

    @Test
    void aFileLargerThanAnySecretIsRefused() throws IOException {
        values.remove("GENERIC_KEYSTORE_PWD");
        values.put("GENERIC_KEYSTORE_PWD_FILE", file("huge", new byte[SecretFile.MAX_BYTES + 1]).toString());

        assertThat(refusal().problems()).extracting(ConfigProblem::line).singleElement().asString()
                .endsWith("' is larger than 64 KiB: not a secret");
    }

    @Test
    void aRequiredSecretSetNeitherWayNamesBothVariables() {
        values.remove("GENERIC_KEYSTORE_PWD");

        assertThat(refusal().problems()).extracting(ConfigProblem::line)
                .containsExactly("GENERIC_KEYSTORE_PWD: is required but not set (nor GENERIC_KEYSTORE_PWD_FILE)");
    }

    @Test
    void aKeystoreOpenedWithAFileSecretBlamesTheFileVariable() throws IOException {
        fromFile(Setting.SAAS_KEYSTORE_PASSWORD, "saas-secret\n");

        assertThat(read().saasKeystore().passwordVariable()).isEqualTo("SAAS_KEYSTORE_PASSWORD_FILE");
        assertThat(read().mySecu().genericKeystore().passwordVariable()).isEqualTo("GENERIC_KEYSTORE_PWD");
    }
}
