package lu.econnector.sandbox.aes;

import java.util.List;
import java.util.Optional;
import lu.econnector.sandbox.Professional;

/** Who can log in to the sandbox AeS: the test professionals and the console's operator. */
record SandboxUser(String username, String name, Professional professional, List<String> roles) {

    static final String OPERATOR = "operator";
    static final String ADMIN_ROLE = "econnector-admin";

    static Optional<SandboxUser> authenticate(String username, String password) {
        if (!Professional.PASSWORD.equals(password)) {
            return Optional.empty();
        }
        return byUsername(username);
    }

    static Optional<SandboxUser> byUsername(String username) {
        if (OPERATOR.equals(username)) {
            return Optional.of(new SandboxUser(OPERATOR, "Sandbox Operator", null, List.of(ADMIN_ROLE)));
        }
        return Professional.byUsername(username).map(p -> new SandboxUser(p.username(), p.name(), p, List.of()));
    }

    /** A stable subject per user, as Keycloak's user ids are. */
    String subject() {
        return Professional.subjectOf(username);
    }
}
