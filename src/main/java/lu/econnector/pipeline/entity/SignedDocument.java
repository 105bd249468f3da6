package lu.econnector.pipeline.entity;

import java.util.Objects;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.template.entity.TemplateReference;

/**
 * A rendered document signed in the professional's name: the very bytes a submission deposits
 * and returns. Its bytes are a patient's data: never logged, never in a message.
 *
 * @param template the template and version it was rendered with
 * @param level    the PAdES baseline level it was signed at
 * @param pdf      the signed PDF
 */
public record SignedDocument(TemplateReference template, PadesLevel level, byte[] pdf) {

    public SignedDocument {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(pdf, "pdf");
    }

    @Override
    public String toString() {
        return "SignedDocument[" + template + ", " + level.etsiName() + ", " + pdf.length + " bytes]";
    }
}
