package lu.econnector.signature.entity;

import java.util.Objects;

/**
 * How a document is signed: the reason and location written into the PDF signature
 * dictionary (ISO 32000-1 section 12.8.1, {@code /Reason} and {@code /Location}) and whether
 * a visible signature block is drawn on the last page.
 */
public record SignatureSettings(String reason, String location, boolean visible) {

    public SignatureSettings {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
    }
}
