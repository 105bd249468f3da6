package lu.econnector.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import lu.econnector.template.entity.TemplatePackage;
import lu.econnector.template.entity.TemplateProvenance;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;

class XmpProvenanceTest {

    private static final BundledTemplates BUNDLED = new BundledTemplates(new TemplatePackageReader());
    private static final String NS = Xmp.PROVENANCE_NS;

    @Test
    void aRenderedDocumentNamesItsTemplateAndVersion() {
        TemplatePackage mh = BUNDLED.load("mh");
        byte[] pdf = new PdfRenderer(Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC))
                .render(mh, SampleData.of("mh"));

        assertThat(XmpProvenance.of(pdf)).hasValue(new TemplateProvenance("mh", mh.version().toString()));
    }

    @Test
    void aPdfWithoutMetadataOrWithoutOurSchemaHasNone() throws Exception {
        assertThat(XmpProvenance.of(pdfWithXmp(null))).isEmpty();
        assertThat(XmpProvenance.of(pdfWithXmp("""
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format>
                 </rdf:Description></rdf:RDF></x:xmpmeta>"""))).isEmpty();
    }

    @Test
    void propertiesWrittenAsAttributesAreReadToo() throws Exception {
        byte[] pdf = pdfWithXmp("""
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:ect="%s" ect:templateId="pid" ect:templateVersion="1.2.0"/>
                </rdf:RDF></x:xmpmeta>""".formatted(NS));

        assertThat(XmpProvenance.of(pdf)).hasValue(new TemplateProvenance("pid", "1.2.0"));
    }

    /** XXE: an entity would put a local file (or anything) into the template id; the packet is not read at all. */
    @Test
    void aPacketWithADocumentTypeDeclarationIsNotRead() throws Exception {
        byte[] pdf = pdfWithXmp("""
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY id SYSTEM "file:///etc/hostname"><!ENTITY mh "mh">]>
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:ect="%s"><ect:templateId>&mh;</ect:templateId>
                 <ect:templateVersion>&id;</ect:templateVersion></rdf:Description>
                </rdf:RDF></x:xmpmeta>""".formatted(NS));

        assertThat(XmpProvenance.of(pdf)).isEmpty();
    }

    @Test
    void anOversizedPacketIsNotRead() throws Exception {
        String padding = "<!-- " + "x".repeat(XmpProvenance.MAX_PACKET_BYTES) + " -->";
        byte[] pdf = pdfWithXmp("""
                <x:xmpmeta xmlns:x="adobe:ns:meta/">%s<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                 <rdf:Description rdf:about="" xmlns:ect="%s"><ect:templateId>mh</ect:templateId></rdf:Description>
                </rdf:RDF></x:xmpmeta>""".formatted(padding, NS));

        assertThat(XmpProvenance.of(pdf)).isEmpty();
    }

    @Test
    void provenanceMatchesTheSameIdAndVersionOnly() {
        TemplateProvenance made = new TemplateProvenance("mh", "1.0.0");

        assertThat(made.matches("mh", "1.0.0")).isTrue();
        assertThat(made.matches("ecit", "1.0.0")).isFalse();
        assertThat(made.matches("mh", "1.0.1")).isFalse();
        assertThat(new TemplateProvenance("mh", null).matches("mh", "1.0.0")).isFalse();
        assertThat(new TemplateProvenance("mh", "one").matches("mh", "1.0.0")).isFalse();
    }

    private static byte[] pdfWithXmp(String xmp) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (xmp != null) {
                PDMetadata metadata = new PDMetadata(document);
                metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
                document.getDocumentCatalog().setMetadata(metadata);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
