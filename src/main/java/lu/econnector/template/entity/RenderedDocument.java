package lu.econnector.template.entity;

import java.util.Objects;

/**
 * A document rendered from a vendor's data: an unsigned PDF/A-3b with the data embedded, and the
 * template it was filled into. Its bytes are a patient's data: never logged, never in a message.
 */
public record RenderedDocument(TemplateReference template, byte[] pdf) {

    public RenderedDocument {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(pdf, "pdf");
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + template + ", " + pdf.length + " bytes]";
    }
}
