package lu.econnector.template.control;

import static lu.econnector.template.control.TemplateSamples.bundled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import lu.econnector.template.entity.TemplatePackage;
import org.junit.jupiter.api.Test;

/** A package's schema comes from iHUB: it compiles on its own, or the package is refused. */
class TemplateSchemasTest {

    private final TemplateSchemas cut = new TemplateSchemas();

    @Test
    void eachBundledSchemaCompiles() {
        for (String id : BundledTemplates.IDS) {
            assertThat(cut.compile(bundled(id))).isNotNull();
        }
    }

    @Test
    void aReferenceToARemoteSchemaIsNotFollowed() {
        TemplatePackage remote = withSchema("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "https://127.0.0.1:9/evil-schema.json"}""");

        assertThatThrownBy(() -> cut.compile(remote)).isInstanceOf(InvalidTemplatePackageException.class)
                .hasMessageStartingWith("the data schema does not compile");
    }

    @Test
    void aReferenceToAClassPathFileIsNotFollowed() {
        TemplatePackage classPath = withSchema("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "classpath:templates/mh.zip"}""");

        assertThatThrownBy(() -> cut.compile(classPath)).isInstanceOf(InvalidTemplatePackageException.class);
    }

    @Test
    void aSchemaThatIsNotASchemaIsRefused() {
        TemplatePackage broken = withSchema("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": 42}""");

        assertThatThrownBy(() -> cut.compile(broken)).isInstanceOf(InvalidTemplatePackageException.class);
    }

    private static TemplatePackage withSchema(String schema) {
        TemplatePackage mh = bundled("mh");
        JsonObject json = Json.createReader(new StringReader(schema)).readObject();
        return new TemplatePackage(mh.id(), mh.version(), mh.title(), json, mh.mapping(), mh.form(), "0".repeat(64));
    }
}
