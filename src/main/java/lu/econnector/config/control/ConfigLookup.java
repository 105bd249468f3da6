package lu.econnector.config.control;

import java.util.Map;
import java.util.Optional;
import lu.econnector.config.entity.Profile;

/**
 * Where configuration values come from: MicroProfile Config inside the server, the process
 * environment before it boots ({@link Preflight}), a map in tests. Blank counts as unset,
 * as in MicroProfile Config.
 */
@FunctionalInterface
public interface ConfigLookup {

    Optional<String> raw(String key);

    default Optional<String> get(String key) {
        return raw(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** System properties, then environment variables, then the active profile's defaults. */
    static ConfigLookup ofProcess() {
        return withProfileDefaults(ofProcessOnly());
    }

    /**
     * The given values over the defaults of the profile they select, as MicroProfile Config
     * layers them inside the server; an unknown profile gets the default profile's, and is
     * reported by {@link ConfigReader}.
     */
    static ConfigLookup withProfileDefaults(ConfigLookup explicit) {
        Profile profile;
        try {
            profile = ActiveProfile.resolve(explicit);
        } catch (IllegalArgumentException unknown) {
            profile = Profile.DEFAULT;
        }
        ProfileDefaults defaults = ProfileDefaults.of(profile);
        return key -> explicit.get(key).or(() -> defaults.value(key));
    }

    /** System properties, then environment variables. */
    static ConfigLookup ofProcessOnly() {
        return key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(key)));
    }

    static ConfigLookup of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
