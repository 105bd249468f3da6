package lu.econnector.template.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * One package iHUB offers (docs/upstreams.md section 3): what a download must match before it may
 * be activated.
 *
 * @param sha256      lower-case hex SHA-256 of the package ZIP
 * @param size        the ZIP's size in bytes
 * @param publishedAt when iHUB published it; null when the catalogue does not say
 */
public record CatalogueEntry(String id, SemanticVersion version, Title title, String sha256, long size,
                             Instant publishedAt) {

    public CatalogueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** How logs and reports name it. */
    public String label() {
        return id + " " + version;
    }
}
