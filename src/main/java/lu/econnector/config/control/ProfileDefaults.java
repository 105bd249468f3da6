package lu.econnector.config.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import lu.econnector.config.entity.Profile;

/**
 * The documented defaults of one profile (its upstream URLs, mostly), from
 * {@code META-INF/econnector/profiles/<profile>.properties}.
 */
public final class ProfileDefaults {

    private final Profile profile;
    private final Map<String, String> values;

    private ProfileDefaults(Profile profile, Map<String, String> values) {
        this.profile = profile;
        this.values = values;
    }

    public static ProfileDefaults of(Profile profile) {
        String resource = "/META-INF/econnector/profiles/" + profile.id() + ".properties";
        try (InputStream in = ProfileDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(in);
            return new ProfileDefaults(profile, properties.stringPropertyNames().stream()
                    .collect(Collectors.toUnmodifiableMap(k -> k, properties::getProperty)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Profile profile() {
        return profile;
    }

    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Map<String, String> values() {
        return values;
    }
}
