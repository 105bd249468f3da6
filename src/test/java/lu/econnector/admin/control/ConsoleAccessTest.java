package lu.econnector.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pac4j.core.profile.AnonymousProfile;
import org.pac4j.core.profile.CommonProfile;

class ConsoleAccessTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/configuration.xhtml", "/admin/dashboard.xhtml", "/admin/", "/admin",
            "/admin/assets", "/admin/assetsx/configuration.xhtml", "/admin/ASSETS/console.css", "/admin/logout"})
    void theLoginFilterAsksForTheOperatorOnEveryPageButThePublicOnes(String path) {
        assertThat(ConsoleAccess.needsOperator(path)).as(path).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/assets/console.css", "/admin/assets/refresh.js", "/admin/login-failed.xhtml",
            "/admin/signed-out.xhtml"})
    void assetsAndThePagesAroundTheLoginNeedNoOperator(String path) {
        assertThat(ConsoleAccess.needsOperator(path)).as(path).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/configuration.xhtml", "/admin/assets/page.xhtml", "/ADMIN/configuration.xhtml",
            "/admin/Signed-out.xhtml", "/elsewhere.xhtml", "/admin/signed-out.xhtml/x"})
    void aViewNeedsTheOperatorUnlessItIsOneOfThePublicPages(String path) {
        assertThat(ConsoleAccess.isPublicView(path)).as(path).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/login-failed.xhtml", "/admin/signed-out.xhtml", "/jakarta.faces.resource/faces.js.xhtml"})
    void thePublicPagesAndFacesResourcesRenderForAnyone(String path) {
        assertThat(ConsoleAccess.isPublicView(path)).as(path).isTrue();
    }

    @Test
    void onlyALoggedInProfileWithTheRoleIsTheOperator() {
        CommonProfile operator = new CommonProfile();
        operator.addRole("econnector-admin");
        CommonProfile professional = new CommonProfile();
        professional.addRole("doctor");
        AnonymousProfile anonymous = new AnonymousProfile();
        anonymous.addRole("econnector-admin");

        assertThat(ConsoleAccess.isOperator(List.of(operator), "econnector-admin")).isTrue();
        assertThat(ConsoleAccess.isOperator(List.of(professional, operator), "econnector-admin")).isTrue();
        assertThat(ConsoleAccess.isOperator(List.of(professional), "econnector-admin")).isFalse();
        assertThat(ConsoleAccess.isOperator(List.of(anonymous), "econnector-admin")).isFalse();
        assertThat(ConsoleAccess.isOperator(List.of(), "econnector-admin")).isFalse();
    }
}
