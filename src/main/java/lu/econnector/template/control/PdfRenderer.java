package lu.econnector.template.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import lu.econnector.platform.Jsons;
import lu.econnector.template.entity.TemplatePackage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Renders a template with validated data into a flattened PDF/A-3b: the form filled through the
 * mapping, its data attached as {@code data.json}, its provenance in the XMP metadata.
 *
 * <p>Deterministic: the document's dates are its {@code /issueDate} (midnight in Luxembourg),
 * the clock only when the data has none; the file identifier is a digest of template and data;
 * PDFBox names font subsets from the glyphs they hold. The same template and data give the same
 * bytes. The data must already carry what the token contributes (the pipeline adds
 * {@code /professional}), since the attachment holds exactly what was rendered.
 */
public class PdfRenderer {

    private static final JsonProvider JSON = Jsons.provider();

    /**
     * PDFBox's appearance generator draws with our subset font outside of a content stream
     * of ours and warns, once per field, that the subset has no document context. We register
     * the glyphs and subset the font ourselves ({@link FieldWriter}; veraPDF checks the
     * result), so the warning is noise that would fill the server log with a line per field
     * of every document. Kept in a field: JUL holds loggers weakly.
     */
    private static final java.util.logging.Logger PDFBOX_CONTENT_STREAM =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.PDAbstractContentStream");

    static {
        PDFBOX_CONTENT_STREAM.setLevel(java.util.logging.Level.SEVERE);
    }

    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    private final Clock clock;

    public PdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(TemplatePackage template, JsonObject data) {
        byte[] json = compact(data);
        OffsetDateTime date = documentDate(data);
        try (DocumentFont.Lease fontLease = DocumentFont.lease(); PDDocument doc = Loader.loadPDF(template.form())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDType0Font font = fontLease.loadInto(doc);
            FormFiller.fill(new FieldWriter(doc, form, font), template.mapping(), data);
            // Every field of the tree: the mapping writes to terminal fields below "act", "patient", …
            List<PDField> fields = new ArrayList<>();
            form.getFieldTree().forEach(fields::add);
            // Appearances exist for the fields written; the empty ones vanish with their widgets.
            form.flatten(fields, false);
            doc.getDocumentCatalog().setAcroForm(null);
            // PDFBox registers a font for subsetting at save only when a content stream of ours
            // selects it; the appearance generator's does not count. FieldWriter named the glyphs.
            font.subset();
            ArchivalProfile.apply(doc, template, date, identity(template, json));
            DataAttachment.attach(doc, json, GregorianCalendar.from(date.toZonedDateTime()));
            doc.setVersion(1.7f); // PDF/A-3 is ISO 32000-1, i.e. PDF 1.7
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // The package was checked when read; failing here is a defect, not the caller's fault.
            throw new UncheckedIOException("rendering " + template + " failed", e);
        }
    }

    private OffsetDateTime documentDate(JsonObject data) {
        if (data.get("issueDate") instanceof JsonString issued) {
            return LocalDate.parse(issued.getString()).atStartOfDay(LUXEMBOURG).toOffsetDateTime();
        }
        return OffsetDateTime.now(clock.withZone(LUXEMBOURG)).withNano(0);
    }

    /** The file identifier's source: the template's digest and the data, nothing that varies between runs. */
    private static byte[] identity(TemplatePackage template, byte[] json) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(template.sha256().getBytes(StandardCharsets.US_ASCII));
            return digest.digest(json);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] compact(JsonObject data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.writeObject(data);
        }
        return out.toByteArray();
    }
}
