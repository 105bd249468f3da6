package lu.econnector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackProfileTest {

    private static final List<String> RENDERING = List.of("org.apache.fontbox.ttf.TTFSubsetter.buildGlyfTable",
            "org.apache.pdfbox.pdmodel.font.PDType0Font.load", "lu.econnector.template.control.PdfRenderer.render",
            "java.lang.Thread.run");
    private static final List<String> HANDSHAKE_WHILE_SIGNING = List.of("sun.security.rsa.RSACore.crtCrypt",
            "sun.security.ssl.HandshakeContext.dispatch", "lu.econnector.signature.control.KmsClient.sign",
            "java.lang.Thread.run");
    private static final List<String> PROVIDER_LOOKUP_WHILE_RENDERING = List.of("java.util.zip.ZipFile.getEntry",
            "jakarta.json.spi.JsonProvider.provider", "jakarta.json.Json.createPointer",
            "lu.econnector.template.control.FormFiller.valueAt", "java.lang.Thread.run");

    private final StackProfile cut = new StackProfile();

    StackProfileTest() {
        cut.add(RENDERING);
        cut.add(RENDERING);
        cut.add(HANDSHAKE_WHILE_SIGNING);
        cut.add(PROVIDER_LOOKUP_WHILE_RENDERING);
        cut.add(List.of());
    }

    @Test
    void emptyStacksAreNotSamples() {
        assertThat(cut.samples()).isEqualTo(4);
    }

    @Test
    void aStageHoldsEverySampleWithOneOfItsFramesAnywhereOnTheStack() {
        assertThat(cut.share(stage("template: validation + rendering"))).isEqualTo(0.75);
        assertThat(cut.share(stage("TLS handshakes"))).isEqualTo(0.25);
        assertThat(cut.share(stage("signature: KMS + DSS"))).isEqualTo(0.25);
        assertThat(cut.share(stage("service-provider look-ups"))).isEqualTo(0.25);
        assertThat(cut.share(stage("deposit: STS + syncexchange (mySecu)"))).isZero();
    }

    @Test
    void aStageWithinAnotherNeedsBoth() {
        StackProfile parsing = new StackProfile();
        parsing.add(List.of("org.apache.pdfbox.pdfparser.COSParser.parseObject", "org.apache.pdfbox.Loader.loadPDF",
                "eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader.<init>", "java.lang.Thread.run"));
        parsing.add(List.of("org.apache.pdfbox.Loader.loadPDF", "lu.econnector.template.control.PdfRenderer.render"));
        assertThat(parsing.share(stage("  PDF parsing within DSS"))).isEqualTo(0.5);
        assertThat(parsing.share(stage("PDF parsing (PDFBox), anywhere"))).isEqualTo(1.0);
    }

    @Test
    void selfTimeIsTheInnermostFrame() {
        assertThat(cut.topSelf(2)).containsExactly(Map.entry("org.apache.fontbox.ttf.TTFSubsetter.buildGlyfTable", 2L),
                Map.entry("java.util.zip.ZipFile.getEntry", 1L));
    }

    @Test
    void aStagesTopFramesComeFromItsOwnSamplesOnly() {
        assertThat(cut.topSelf(stage("template: validation + rendering"), 5)).containsExactly(
                Map.entry("org.apache.fontbox.ttf.TTFSubsetter.buildGlyfTable", 2L),
                Map.entry("java.util.zip.ZipFile.getEntry", 1L));
    }

    @Test
    void inclusiveCountsAFrameOncePerSampleEvenWhenRecursive() {
        StackProfile recursive = new StackProfile();
        recursive.add(List.of("a.B.walk", "a.B.walk", "a.B.walk", "java.lang.Thread.run"));
        assertThat(recursive.topInclusive(5)).contains(Map.entry("a.B.walk", 1L), Map.entry("java.lang.Thread.run", 1L));
        assertThat(cut.topInclusive(1)).containsExactly(Map.entry("java.lang.Thread.run", 4L));
        assertThat(cut.topInclusive("lu.econnector.", 5)).containsExactly(
                Map.entry("lu.econnector.template.control.PdfRenderer.render", 2L),
                Map.entry("lu.econnector.signature.control.KmsClient.sign", 1L),
                Map.entry("lu.econnector.template.control.FormFiller.valueAt", 1L));
    }

    private static StackProfile.Stage stage(String name) {
        return StackProfile.STAGES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
