package lu.econnector.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lu.econnector.admin.control.EffectiveConfiguration;
import lu.econnector.config.boundary.Configuration;
import lu.econnector.config.entity.EconnectorConfig;

/** The configuration page: every setting's effective value, secrets masked by {@link EffectiveConfiguration}. */
@Named("configuration")
@RequestScoped
public class ConfigurationView {

    @Inject
    Configuration configuration;

    @Inject
    EconnectorConfig config;

    public List<EffectiveConfiguration.Entry> getEntries() {
        return EffectiveConfiguration.of(configuration.lookup());
    }

    public String getProfile() {
        return config.profile().id();
    }
}
