package lu.econnector.config.control;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Puts the active profile's defaults under everything else in MicroProfile Config
 * (environment 300, system properties 400, {@code microprofile-config.properties} 100).
 * It decides the profile from the process alone, since a config source cannot read the
 * configuration it is part of. Registered through {@code META-INF/services}.
 */
public class ProfileDefaultsConfigSource implements ConfigSource {

    private static final int ORDINAL = 50;

    private final ProfileDefaults defaults = ProfileDefaults.of(ActiveProfile.resolveFromProcess());

    @Override
    public Set<String> getPropertyNames() {
        return defaults.values().keySet();
    }

    @Override
    public Map<String, String> getProperties() {
        return defaults.values();
    }

    @Override
    public String getValue(String propertyName) {
        return defaults.value(propertyName).orElse(null);
    }

    @Override
    public String getName() {
        return "econnector-profile-" + defaults.profile().id();
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
