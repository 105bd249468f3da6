package lu.econnector.signature.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import lu.econnector.template.control.BundledTemplates;
import lu.econnector.template.control.DocumentPreview;
import lu.econnector.template.control.PdfRenderer;
import lu.econnector.template.control.TemplatePackageReader;
import lu.econnector.template.control.TemplateSamples;

/** A rendered {@code mh} (PDF/A-3b) with the sample data of docs/templates/README.md: what the pipeline signs. */
final class SampleDocuments {

    private SampleDocuments() {
    }

    static byte[] feeNote() {
        JsonObject data = Json.createReader(new StringReader(TemplateSamples.mh().toString())).readObject();
        return new PdfRenderer(Clock.systemUTC()).render(new BundledTemplates(new TemplatePackageReader()).load("mh"),
                DocumentPreview.withProfessional(data, "Dr Anne Muller", "90812100"));
    }
}
