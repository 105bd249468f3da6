package lu.econnector.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/** A package from iHUB need not be drawn by us: its form may name a font it does not embed. */
class ForeignFormTest {

    @Test
    void aFormNamingANonEmbeddedHelveticaStillRendersAsPdfA3b() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("template.json", """
                {"id": "foreign", "version": "3.1.4", "title": {"fr": "Essai", "de": "Versuch"},
                 "schema": {"type": "object"},
                 "fields": [{"data": "/patient/lastName", "field": "name"}]}
                """.getBytes(StandardCharsets.UTF_8));
        entries.put("form.pdf", helveticaForm());

        byte[] pdf = new PdfRenderer(Clock.systemUTC()).render(new TemplatePackageReader().read(TestPackages.zip(entries)),
                SampleData.parse("{\"issueDate\": \"2026-11-27\", \"patient\": {\"lastName\": \"Schäfer\"}}"));

        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
    }

    private static byte[] helveticaForm() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            doc.getDocumentCatalog().setAcroForm(form);
            PDTextField name = new PDTextField(form);
            name.setPartialName("name");
            name.setDefaultAppearance("/Helv 11 Tf 0 g");
            PDAnnotationWidget widget = name.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(50, 700, 200, 16));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.setFields(List.of(name));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
