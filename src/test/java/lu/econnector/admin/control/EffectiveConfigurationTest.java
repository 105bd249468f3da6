package lu.econnector.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.entity.Setting;
import org.junit.jupiter.api.Test;

class EffectiveConfigurationTest {

    @Test
    void noSecretValueIsEverGivenOut() {
        Map<String, String> values = new HashMap<>();
        Arrays.stream(Setting.values()).forEach(s -> values.put(s.name(), "value-of-" + s.name()));

        List<EffectiveConfiguration.Entry> entries = EffectiveConfiguration.of(ConfigLookup.of(values));

        assertThat(entries).hasSize(Setting.values().length);
        entries.stream().filter(EffectiveConfiguration.Entry::secret).forEach(entry -> {
            assertThat(entry.shown()).isEqualTo(EffectiveConfiguration.Shown.MASKED);
            assertThat(entry.value()).isNull();
            assertThat(entry.toString()).doesNotContain("value-of-");
        });
        assertThat(entries).filteredOn(e -> e.name().equals("ADMIN_OIDC_CLIENT_SECRET")).singleElement()
                .extracting(EffectiveConfiguration.Entry::shown).isEqualTo(EffectiveConfiguration.Shown.MASKED);
        assertThat(entries).filteredOn(e -> e.name().equals("KMS_SIGN_URL")).singleElement()
                .extracting(EffectiveConfiguration.Entry::value).isEqualTo("value-of-KMS_SIGN_URL");
    }

    @Test
    void aSecretGivenAsAFileIsShownSetAndMasked() {
        List<EffectiveConfiguration.Entry> entries = EffectiveConfiguration.of(ConfigLookup.of(Map.of(
                "GENERIC_KEYSTORE_PWD_FILE", "/run/secrets/generic-password")));

        assertThat(entries).filteredOn(e -> e.name().equals("GENERIC_KEYSTORE_PWD")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.shown()).isEqualTo(EffectiveConfiguration.Shown.MASKED);
                    assertThat(entry.toString()).doesNotContain("/run/secrets");
                });
    }

    @Test
    void unsetSettingsSayTheDefaultApplies() {
        assertThat(EffectiveConfiguration.of(ConfigLookup.of(Map.of())))
                .allMatch(entry -> entry.shown() == EffectiveConfiguration.Shown.UNSET && entry.value() == null);
    }

    @Test
    void aPasswordInAUrlIsMasked() {
        assertThat(EffectiveConfiguration.withoutUserInfo("https://user:pw@ihub.example/v1"))
                .isEqualTo("https://******@ihub.example/v1");
        assertThat(EffectiveConfiguration.withoutUserInfo("https://ihub.example/v1")).isEqualTo("https://ihub.example/v1");
    }
}
