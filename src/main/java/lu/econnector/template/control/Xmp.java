package lu.econnector.template.control;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import lu.econnector.template.entity.TemplatePackage;

/**
 * The XMP packet of a rendered document: PDF/A-3b identification (ISO 19005-3 6.6.4), the
 * title, dates and keywords that mirror the Info dictionary (6.6.3 wants them equal), and the
 * provenance in our own schema, declared with the PDF/A extension schema (6.6.2.3.1) so that
 * validators accept it. Written by hand: a fixed layout keeps the bytes deterministic.
 */
final class Xmp {

    static final String PROVENANCE_NS = "urn:econnector:xmp:template:1.0:";

    private Xmp() {
    }

    static byte[] packet(TemplatePackage template, String keywords, OffsetDateTime date) {
        String when = date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String xml = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>3</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <xmp:MetadataDate>%s</xmp:MetadataDate>
                   <xmp:CreatorTool>eConnector</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Keywords>%s</pdf:Keywords>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:ect="%s">
                   <ect:templateId>%s</ect:templateId>
                   <ect:templateVersion>%s</ect:templateVersion>
                   <ect:templateSha256>%s</ect:templateSha256>
                  </rdf:Description>
                %s </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title(template)), when, when, when, escape(keywords),
                PROVENANCE_NS, escape(template.id()), template.version(), template.sha256(), EXTENSION_SCHEMA);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String title(TemplatePackage template) {
        return template.title().fr() + " / " + template.title().de();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static final String EXTENSION_SCHEMA = """
              <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
               <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>eConnector template provenance</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>ect</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq>
            %s%s%s    </rdf:Seq></pdfaSchema:property>
               </rdf:li></rdf:Bag></pdfaExtension:schemas>
              </rdf:Description>
            """.formatted(PROVENANCE_NS,
            property("templateId", "Id of the CNS template the document was rendered from"),
            property("templateVersion", "Semantic version of that template"),
            property("templateSha256", "SHA-256 (hex) of the template package"));

    private static String property(String name, String description) {
        return """
                     <rdf:li rdf:parseType="Resource"><pdfaProperty:name>%s</pdfaProperty:name>\
                <pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>\
                <pdfaProperty:description>%s</pdfaProperty:description></rdf:li>
                """.formatted(name, description);
    }
}
