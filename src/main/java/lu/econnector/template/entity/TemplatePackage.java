package lu.econnector.template.entity;

import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * A versioned CNS document template, as read from its package (docs/upstreams.md section 3).
 *
 * @param schema the JSON Schema (draft 2020-12) of the data the caller sends
 * @param form   the AcroForm PDF; never changed, each rendering works on its own copy
 * @param sha256 lower-case hex SHA-256 of the package as delivered (the ZIP), named in every
 *               rendered document's metadata as its provenance
 */
public record TemplatePackage(String id, SemanticVersion version, Title title, JsonObject schema,
                              FieldMapping mapping, byte[] form, String sha256) {

    public TemplatePackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(sha256, "sha256");
    }

    @Override
    public byte[] form() {
        return form.clone();
    }

    @Override
    public String toString() {
        return "TemplatePackage[" + id + " " + version + " sha256=" + sha256 + "]";
    }
}
