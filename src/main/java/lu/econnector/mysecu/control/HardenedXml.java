package lu.econnector.mysecu.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML from mySecu, read and written without surprises. The JDK's own parser and serialiser
 * ({@code newDefaultInstance}), whatever else the server or the WAR puts on the class path,
 * so that the features set here are the ones that apply. A document type declaration is
 * refused outright: SOAP 1.1 section 3 forbids it, and without one there is no entity to
 * expand, internal (billion laughs) or external (XXE, OWASP XXE Prevention Cheat Sheet).
 */
final class HardenedXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private HardenedXml() {
    }

    static Document parse(byte[] xml) throws SAXException, IOException {
        return builder().parse(new InputSource(new ByteArrayInputStream(xml)));
    }

    static Document newDocument() {
        return builder().newDocument();
    }

    /** The document as UTF-8 bytes, as sent. */
    static byte[] bytes(Document document) {
        return write(document, false).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One element as a standalone XML text that means what it meant in its document: the
     * namespace declarations it inherited from its ancestors are declared on it. (The JDK's
     * serialiser would declare the prefixes of elements and attributes by itself; the copy
     * also keeps prefixes used only in content, such as {@code xsi:type} values, and the
     * in-scope namespaces that an inclusive C14N signature covers.) Nothing is indented or
     * reordered, so an enveloped signature inside still verifies once the text is parsed again.
     */
    static String standalone(Element element) {
        Document copy = newDocument();
        Element root = (Element) copy.importNode(element, true);
        copy.appendChild(root);
        for (Node ancestor = element.getParentNode(); ancestor instanceof Element inherited;
             ancestor = ancestor.getParentNode()) {
            declareMissing(root, inherited.getAttributes());
        }
        return write(copy, true);
    }

    /** Copies the declarations not yet made on {@code root} (the nearest ancestor's win). */
    private static void declareMissing(Element root, NamedNodeMap attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    && !root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attribute.getLocalName())) {
                root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attribute.getName(), attribute.getValue());
            }
        }
    }

    private static String write(Document document, boolean omitDeclaration) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, omitDeclaration ? "yes" : "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK cannot serialise a DOM document", e);
        }
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Nothing is ever fetched, even if a feature above were ignored.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are refused");
            });
            // Fatal errors still throw; nothing is printed to stderr.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's parser lacks a feature that XML hardening needs", e);
        }
    }
}
