package lu.econnector.config.entity;

import java.util.Arrays;
import java.util.Optional;

/** The deployment profiles of the CNS image, with the name used to select them. */
public enum Profile {
    DOCKER_INTEGRATION("docker-integration"),
    DOCKER_PROD("docker-prod"),
    SANDBOX("sandbox");

    /** The profile used when none is selected: never production by accident. */
    public static final Profile DEFAULT = DOCKER_INTEGRATION;

    private final String id;

    Profile(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Profile> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id.trim())).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
