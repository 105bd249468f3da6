package lu.econnector.config.control;

import java.util.Arrays;
import java.util.Optional;
import lu.econnector.config.entity.Profile;

/**
 * Which profile is active: MicroProfile's {@code mp.config.profile} (or
 * {@code MP_CONFIG_PROFILE}), else {@code SPRING_PROFILES_ACTIVE}, kept from the CNS image,
 * which may list several comma-separated names (the first one we know wins), else
 * {@link Profile#DEFAULT}.
 */
public final class ActiveProfile {

    public static final String MP_PROFILE = "mp.config.profile";
    public static final String MP_PROFILE_ENV = "MP_CONFIG_PROFILE";
    public static final String SPRING_PROFILES = "SPRING_PROFILES_ACTIVE";

    private ActiveProfile() {
    }

    public static Profile resolve(ConfigLookup lookup) {
        return named(lookup).map(names -> Arrays.stream(names.split(","))
                        .map(Profile::byId)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(unknown(names))))
                .orElse(Profile.DEFAULT);
    }

    /**
     * The profile named by system properties or the environment, for code that runs before
     * the configuration exists; an unknown name falls back to the default here and is
     * reported by {@link ConfigReader}.
     */
    public static Profile resolveFromProcess() {
        try {
            return resolve(ConfigLookup.ofProcessOnly());
        } catch (IllegalArgumentException unknown) {
            return Profile.DEFAULT;
        }
    }

    /** The selecting variable's value, if any. */
    static Optional<String> named(ConfigLookup lookup) {
        return lookup.get(MP_PROFILE)
                .or(() -> lookup.get(MP_PROFILE_ENV))
                .or(() -> lookup.get(SPRING_PROFILES));
    }

    private static String unknown(String names) {
        return "unknown profile '" + names + "': use one of "
                + Arrays.toString(Arrays.stream(Profile.values()).map(Profile::id).toArray());
    }
}
