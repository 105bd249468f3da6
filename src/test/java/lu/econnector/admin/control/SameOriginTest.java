package lu.econnector.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final String OWN = "https://localhost:8443";

    @Test
    void aPostFromTheConsoleItselfIsAllowed() {
        assertThat(SameOrigin.allows(OWN, "https://localhost:8443", null)).isTrue();
        assertThat(SameOrigin.allows("https://console.example", "https://CONSOLE.example:443", null)).isTrue();
    }

    @Test
    void aPostFromAForeignOriginIsRefused() {
        assertThat(SameOrigin.allows(OWN, "https://evil.example", "https://localhost:8443/admin/")).isFalse();
        assertThat(SameOrigin.allows(OWN, "https://localhost:9443", null)).isFalse();
        assertThat(SameOrigin.allows(OWN, "null", null)).isFalse();
    }

    @Test
    void withoutOriginTheRefererDecides() {
        assertThat(SameOrigin.allows(OWN, null, "https://localhost:8443/admin/templates.xhtml")).isTrue();
        assertThat(SameOrigin.allows(OWN, null, "https://evil.example/x")).isFalse();
    }

    @Test
    void aPostWithNeitherHeaderIsRefused() {
        assertThat(SameOrigin.allows(OWN, null, null)).isFalse();
    }

    @Test
    void onlyStateChangingMethodsAreChecked() {
        assertThat(SameOrigin.safeMethod("GET")).isTrue();
        assertThat(SameOrigin.safeMethod("POST")).isFalse();
        assertThat(SameOrigin.safeMethod("DELETE")).isFalse();
    }
}
