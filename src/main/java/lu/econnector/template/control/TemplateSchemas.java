package lu.econnector.template.control;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates' JSON Schemas ({@code templates/<id>/schema.json} on the class path), each
 * compiled once. Format assertion is switched on: draft 2020-12 only annotates {@code format}
 * by default, and an invalid {@code date} must be refused. Paths are JSON Pointers, as the
 * problem details report them.
 */
public class TemplateSchemas {

    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(CONFIG));
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException for a template that has no schema */
    public Schema of(String templateId) {
        return compiled.computeIfAbsent(templateId, this::load);
    }

    private Schema load(String templateId) {
        if (!templateId.matches("[a-z0-9]{1,16}")) {
            throw new IllegalArgumentException("Not a template id");
        }
        String resource = "templates/" + templateId + "/schema.json";
        try (InputStream in = TemplateSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No schema for template " + templateId);
            }
            Schema schema = registry.getSchema(in);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
