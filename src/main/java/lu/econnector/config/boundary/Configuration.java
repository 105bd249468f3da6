package lu.econnector.config.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import lu.econnector.config.control.ConfigLookup;
import lu.econnector.config.control.StartupVerdict;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.InvalidConfigurationException;

/**
 * Reads and checks the configuration once, from MicroProfile Config, and offers the typed
 * result for injection.
 */
@ApplicationScoped
public class Configuration {

    private StartupVerdict verdict;

    synchronized StartupVerdict verdict() {
        if (verdict == null) {
            verdict = StartupVerdict.of(lookup(), false);
        }
        return verdict;
    }

    /** @throws InvalidConfigurationException when the startup checks refused the configuration */
    @Produces
    public EconnectorConfig config() {
        StartupVerdict checked = verdict();
        if (!checked.passed()) {
            throw new InvalidConfigurationException(checked.problems());
        }
        return checked.config();
    }

    /** For lookups of the configuration as a whole (the console's effective configuration). */
    public ConfigLookup lookup() {
        Config config = ConfigProvider.getConfig(Configuration.class.getClassLoader());
        return key -> config.getOptionalValue(key, String.class);
    }
}
