package lu.econnector.template.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lu.econnector.platform.AppLog;
import lu.econnector.template.entity.TemplateProvenance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads back the provenance that {@link Xmp} writes into a rendered document's XMP packet, from
 * a PDF that a vendor sends. The packet is the vendor's XML: parsed without a document type
 * declaration (no entity expansion, internal or external: OWASP XXE Prevention Cheat Sheet) and
 * only up to {@link #MAX_PACKET_BYTES}. A property may be an element or an attribute of its
 * {@code rdf:Description} (XMP part 1, section 7.9.2); a packet that cannot be read counts as
 * no provenance, as does a PDF made elsewhere.
 */
public final class XmpProvenance {

    /** Ours is about 3 KB; XMP packets of office software rarely reach 100 KB. */
    static final int MAX_PACKET_BYTES = 256 * 1024;

    private static final Logger LOG = AppLog.of(XmpProvenance.class);
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private XmpProvenance() {
    }

    /** @return the template the document says it was rendered from, if it says so */
    public static Optional<TemplateProvenance> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return Optional.empty();
            }
            byte[] packet;
            try (InputStream in = metadata.exportXMPMetadata()) {
                packet = in.readNBytes(MAX_PACKET_BYTES + 1);
            }
            return packet.length > MAX_PACKET_BYTES ? Optional.empty() : provenance(parse(packet));
        } catch (IOException | SAXException | ParserConfigurationException unreadable) {
            LOG.fine(() -> "No readable XMP provenance: " + unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<TemplateProvenance> provenance(Document xmp) {
        return property(xmp, "templateId").map(id -> new TemplateProvenance(id,
                property(xmp, "templateVersion").orElse(null)));
    }

    private static Optional<String> property(Document xmp, String name) {
        NodeList elements = xmp.getElementsByTagNameNS(Xmp.PROVENANCE_NS, name);
        if (elements.getLength() > 0) {
            return Optional.of(elements.item(0).getTextContent().strip());
        }
        NodeList descriptions = xmp.getElementsByTagNameNS(RDF_NS, "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            Element description = (Element) descriptions.item(i);
            if (description.hasAttributeNS(Xmp.PROVENANCE_NS, name)) {
                return Optional.of(description.getAttributeNS(Xmp.PROVENANCE_NS, name).strip());
            }
        }
        return Optional.empty();
    }

    private static Document parse(byte[] packet) throws ParserConfigurationException, SAXException, IOException {
        // The JDK's own parser, whatever else is on the class path, so that these features apply.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing to stderr
        return builder.parse(new ByteArrayInputStream(packet));
    }
}
