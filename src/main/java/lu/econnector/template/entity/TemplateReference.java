package lu.econnector.template.entity;

import java.util.Objects;

/**
 * Which template, at which version, a document is made with: what its receipt names, what its
 * metadata records, and what mySecu files it under.
 */
public record TemplateReference(String id, SemanticVersion version) {

    public TemplateReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return id + " " + version;
    }
}
