package lu.econnector.template.control;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lu.econnector.template.entity.TemplatePackage;

/**
 * The JSON Schemas of template packages, each compiled once per package (keyed by its
 * SHA-256, so that a newly activated version gets its own). Format assertion is switched on:
 * draft 2020-12 only annotates {@code format} by default, and an invalid {@code date} must be
 * refused. Paths are JSON Pointers, as the problem details report them.
 */
public class TemplateSchemas {

    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();

    /**
     * A package's schema comes from iHUB: a {@code $ref} must not make us fetch a URL or read a
     * class-path file. Only the standard meta-schemas, which the library holds itself, resolve.
     */
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(CONFIG)
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .block(iri -> !iri.toString().startsWith(META_SCHEMAS))));
    private static final String META_SCHEMAS = "https://json-schema.org/draft/";
    private static final String META_SCHEMA = META_SCHEMAS + "2020-12/schema";

    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    /** The draft 2020-12 meta-schema, which the library holds: a schema must satisfy it to be used. */
    private Schema metaSchema() {
        return compiled.computeIfAbsent(META_SCHEMA, location -> {
            Schema meta = registry.getSchema(SchemaLocation.of(location));
            meta.initializeValidators();
            return meta;
        });
    }

    public Schema of(TemplatePackage template) {
        return compiled.computeIfAbsent(template.sha256(), sha256 -> compile(template));
    }

    /**
     * Compiles a package's schema, as the iHUB synchronisation does before it activates one.
     *
     * @throws InvalidTemplatePackageException when the schema does not compile
     */
    public Schema compile(TemplatePackage template) {
        try {
            List<Error> misuses = metaSchema().validate(template.schema().toString(), InputFormat.JSON);
            if (!misuses.isEmpty()) {
                throw new InvalidTemplatePackageException("the data schema is not a JSON Schema (draft 2020-12): "
                        + misuses.get(0).getInstanceLocation() + " " + misuses.get(0).getMessage());
            }
            Schema schema = registry.getSchema(template.schema().toString());
            schema.initializeValidators();
            return schema;
        } catch (InvalidTemplatePackageException e) {
            throw e;
        } catch (RuntimeException e) {
            // The library throws several unchecked types for a schema it cannot use.
            throw new InvalidTemplatePackageException("the data schema does not compile: " + e.getMessage(), e);
        }
    }
}
