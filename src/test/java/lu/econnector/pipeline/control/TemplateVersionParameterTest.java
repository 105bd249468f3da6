package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.util.List;
import lu.econnector.platform.ProblemException;
import lu.econnector.template.entity.FieldMapping;
import lu.econnector.template.entity.SemanticVersion;
import lu.econnector.template.entity.TemplatePackage;
import lu.econnector.template.entity.TemplateReference;
import lu.econnector.template.entity.Title;
import org.junit.jupiter.api.Test;

class TemplateVersionParameterTest {

    static final TemplatePackage ACTIVE_MH = new TemplatePackage("mh", new SemanticVersion(1, 3, 0),
            new Title("Mémoire d'honoraires", "Honorarnote"), Json.createObjectBuilder().build(),
            new FieldMapping(List.of(), List.of()), new byte[0], "sha");

    @Test
    void withoutAVersionTheActiveOneIsMeant() {
        assertThat(TemplateVersionParameter.resolve(null, ACTIVE_MH)).isEqualTo(ACTIVE_MH.reference());
        assertThat(TemplateVersionParameter.resolve(" ", ACTIVE_MH)).isEqualTo(ACTIVE_MH.reference());
    }

    @Test
    void anEarlierVersionIsNamedForTheSameTemplate() {
        assertThat(TemplateVersionParameter.resolve("1.0.0", ACTIVE_MH))
                .isEqualTo(new TemplateReference("mh", new SemanticVersion(1, 0, 0)));
    }

    @Test
    void aVersionThatIsNotMajorMinorPatchIsABadRequest() {
        assertThatThrownBy(() -> TemplateVersionParameter.resolve("1.0", ACTIVE_MH))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
    }
}
