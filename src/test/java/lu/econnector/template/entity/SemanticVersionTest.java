package lu.econnector.template.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    @Test
    void versionsCompareNumericallyNotAsText() {
        assertThat(SemanticVersion.parse("2.10.0")).isGreaterThan(SemanticVersion.parse("2.9.7"));
        assertThat(SemanticVersion.parse("1.0.0")).isEqualByComparingTo(new SemanticVersion(1, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "01.0.0", "1.0.0-rc1", "v1.0.0", " 1.0.0", ""})
    void anythingButMajorMinorPatchIsRefused(String text) {
        assertThatThrownBy(() -> SemanticVersion.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
