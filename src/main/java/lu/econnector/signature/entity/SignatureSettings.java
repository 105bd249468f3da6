package lu.econnector.signature.entity;

import java.util.Objects;
import lu.econnector.config.entity.PadesLevel;

/**
 * How a document is signed: the reason and location written into the PDF signature
 * dictionary (ISO 32000-1 section 12.8.1, {@code /Reason} and {@code /Location}) and whether
 * a visible signature block is drawn on the last page, and at which level (ETSI EN 319 142-1).
 */
public record SignatureSettings(String reason, String location, boolean visible, PadesLevel level) {

    public SignatureSettings {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(level, "level");
    }

    /** At PAdES-BASELINE-T, the CNS documents' level. */
    public SignatureSettings(String reason, String location, boolean visible) {
        this(reason, location, visible, PadesLevel.T);
    }
}
