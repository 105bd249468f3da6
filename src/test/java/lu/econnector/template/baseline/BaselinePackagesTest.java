package lu.econnector.template.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lu.econnector.template.control.TemplatePackageReader;
import lu.econnector.template.entity.TemplatePackage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class BaselinePackagesTest {

    static final java.util.List<String> IDS = BaselinePackages.IDS;

    /**
     * The bundled package is what its sources make, byte for byte. With
     * {@code -Dbaseline.write=true} it is rewritten first (after a deliberate change).
     */
    @ParameterizedTest
    @FieldSource("IDS")
    void committedPackageEqualsAFreshGeneration(String id) throws Exception {
        byte[] fresh = BaselinePackages.generate(id);
        Path committed = BaselinePackages.OUTPUT.resolve(id + ".zip");
        if (Boolean.getBoolean("baseline.write")) {
            Files.createDirectories(BaselinePackages.OUTPUT);
            Files.write(committed, fresh);
        }

        assertThat(Files.readAllBytes(committed))
                .as("%s is stale: regenerate with -Dtest=BaselinePackagesTest -Dbaseline.write=true", committed)
                .isEqualTo(fresh);
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void baselinePackagePassesTheReadersChecks(String id) throws Exception {
        TemplatePackage cut = new TemplatePackageReader().read(BaselinePackages.generate(id));

        assertThat(cut.id()).isEqualTo(id);
        assertThat(cut.version()).hasToString(BaselinePackages.VERSION);
        assertThat(cut.schema().getString("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
}
