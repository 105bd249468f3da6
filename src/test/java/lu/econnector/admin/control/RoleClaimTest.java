package lu.econnector.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleClaimTest {

    @Test
    void aTopLevelListOfRoles() {
        assertThat(new RoleClaim("roles").rolesIn(Map.of("roles", List.of("econnector-admin", "other"))))
                .containsExactlyInAnyOrder("econnector-admin", "other");
    }

    @Test
    void keycloakRealmRolesByADottedPath() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("econnector-admin")));

        assertThat(new RoleClaim("realm_access.roles").rolesIn(claims)).containsExactly("econnector-admin");
    }

    @Test
    void aSpaceSeparatedString() {
        assertThat(new RoleClaim("groups").rolesIn(Map.of("groups", "a b"))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void noClaimOrAnotherShapeGivesNoRole() {
        assertThat(new RoleClaim("roles").rolesIn(Map.of())).isEmpty();
        assertThat(new RoleClaim("realm_access.roles").rolesIn(Map.of("realm_access", "admin"))).isEmpty();
        assertThat(new RoleClaim("roles").rolesIn(Map.of("roles", List.of(42)))).isEmpty();
    }
}
