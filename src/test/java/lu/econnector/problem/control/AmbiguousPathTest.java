package lu.econnector.problem.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmbiguousPathTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/admin/assets/../configuration.xhtml", "/admin/./configuration.xhtml", "/admin/assets/..",
            "/admin/assets/.", "/admin/assets/%2e%2e/configuration.xhtml", "/admin/assets/%2E%2E/configuration.xhtml",
            "/admin/assets/.%2e/configuration.xhtml", "/admin/assets/..%2fconfiguration.xhtml",
            "/admin/assets/..%2Fconfiguration.xhtml", "/admin/assets/..%5cconfiguration.xhtml",
            "/admin/assets/..\\configuration.xhtml", "/admin/%61ssets/../configuration.xhtml", "/%61dmin/x.xhtml",
            "/admin//configuration.xhtml", "//admin/configuration.xhtml", "/admin/configuration.xhtml;/admin/assets/x",
            "/admin/configuration.xhtml;jsessionid=0", "/admin/assets;x=y/../configuration.xhtml",
            "/econnector/api;x/v1/templates", "/admin/assets/..;/configuration.xhtml",
            "/admin/assets/%252e%252e/configuration.xhtml", "/admin/assets/..%00/configuration.xhtml",
            "/admin/configuration.xhtml%00", "/admin/a%3bb", "/admin/%0d%0aSet-Cookie:x", "/admin/x%", "/admin/x%2",
            "/admin/x%zz", "/admin/a b", "/admin/\u00e9", "*", ""})
    void anAmbiguousPathIsFound(String raw) {
        assertThat(AmbiguousPath.in(raw)).as(raw).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/", "/admin", "/admin/", "/admin/configuration.xhtml", "/admin/assets/console.css", "/swaggerui/index.html",
            "/econnector/api/v1/templates/mh", "/econnector/api/v1/documents/mh/preview", "/health/ready",
            "/jakarta.faces.resource/faces.js.xhtml", "/admin/assets/.hidden", "/admin/assets/...", "/admin/..x",
            "/econnector/api/v1/templates/caf%C3%A9", "/econnector/api/v1/templates/a%20b", "/econnector/api/v1/templates/a%3Ab"})
    void aPlainPathPasses(String raw) {
        assertThat(AmbiguousPath.in(raw)).as(raw).isEmpty();
    }
}
