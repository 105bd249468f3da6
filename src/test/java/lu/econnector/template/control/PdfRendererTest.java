package lu.econnector.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import lu.econnector.template.entity.TemplatePackage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PdfRendererTest {

    static final List<String> IDS = BundledTemplates.IDS;

    private static final BundledTemplates BUNDLED = new BundledTemplates(new TemplatePackageReader());
    private final PdfRenderer cut = new PdfRenderer(Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @FieldSource("IDS")
    void previewOfTheSampleDataIsValidPdfA3b(String id) throws Exception {
        byte[] pdf = cut.render(BUNDLED.load(id), SampleData.of(id));

        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void embeddedDataJsonEqualsTheInput(String id) throws Exception {
        JsonObject data = SampleData.of(id);

        try (PDDocument doc = Loader.loadPDF(cut.render(BUNDLED.load(id), data))) {
            PDComplexFileSpecification spec = (PDComplexFileSpecification) doc.getDocumentCatalog().getNames()
                    .getEmbeddedFiles().getNames().get("data.json");
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF).getObject(0))
                    .isSameAs(spec.getCOSObject());
            assertThat(SampleData.parse(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8)))
                    .isEqualTo(data);
        }
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void renderingTwiceGivesIdenticalBytes(String id) {
        TemplatePackage template = BUNDLED.load(id);

        assertThat(cut.render(template, SampleData.of(id))).isEqualTo(cut.render(template, SampleData.of(id)));
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void flattenedTextShowsThePatientAndDatesTheLuxembourgWay(String id) throws Exception {
        try (PDDocument doc = Loader.loadPDF(cut.render(BUNDLED.load(id), SampleData.of(id)))) {
            String text = new PDFTextStripper().getText(doc);

            assertThat(text).contains("Schmit", "Jean", "1985061512347", "27.11.2026", "Dr Anne Muller")
                    .doesNotContain("2026-11-27");
            assertThat(doc.getDocumentCatalog().getAcroForm(null)).as("flattened: no form left").isNull();
        }
    }

    @ParameterizedTest
    @FieldSource("IDS")
    void metadataNamesTheTemplateItWasMadeFrom(String id) throws Exception {
        TemplatePackage template = BUNDLED.load(id);

        try (PDDocument doc = Loader.loadPDF(cut.render(template, SampleData.of(id)))) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);

            assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "<ect:templateId>" + id + "</ect:templateId>", "<ect:templateVersion>1.0.0</ect:templateVersion>",
                    "<ect:templateSha256>" + template.sha256() + "</ect:templateSha256>");
            assertThat(doc.getDocumentInformation().getKeywords()).contains("sha256=" + template.sha256());
        }
    }

    /**
     * Regression: PDFBox drew field values with a re-read wrapper of the not-yet-embedded font,
     * whose substitute glyph ids showed accented letters as empty boxes.
     */
    @org.junit.jupiter.api.Test
    void accentedLettersAndTheEuroSignComeOutAsWrittenAndUnknownOnesAsQuestionMarks() throws Exception {
        String data = SampleData.of("mh").toString()
                .replace("\"Schmit\"", "\"Schmit-Müller ✓\"")
                .replace("\"Consultation\"", "\"Électrocardiogramme à 12 dérivations, 5 €\"");

        byte[] pdf = cut.render(BUNDLED.load("mh"), SampleData.parse(data));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Schmit-Müller ?", "Électrocardiogramme à 12 dérivations, 5 €");
        }
        assertThat(PdfAValidation.failuresOf(pdf)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void withoutAnIssueDateTheDocumentIsDatedByTheClock() throws Exception {
        JsonObject data = jakarta.json.Json.createObjectBuilder(SampleData.of("ecit")).remove("issueDate").build();

        try (PDDocument doc = Loader.loadPDF(cut.render(BUNDLED.load("ecit"), data))) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
        }
    }

    @org.junit.jupiter.api.Test
    void theValidatorDoesRefuseAPlainPdfSoItsSilenceAboveMeansSomething() throws Exception {
        assertThat(PdfAValidation.failuresOf(BUNDLED.load("mh").form())).isNotEmpty();
    }
}
