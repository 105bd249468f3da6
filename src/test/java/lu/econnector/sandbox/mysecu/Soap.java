package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import lu.econnector.sandbox.Http;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** SOAP 1.1 over plain DOM: the namespaces, a hardened parser, envelopes and faults. */
final class Soap {

    static final String ENV = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String WST = "http://docs.oasis-open.org/ws-sx/ws-trust/200512";
    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String XOP = "http://www.w3.org/2004/08/xop/include";
    static final String SYNC = "urn:lu:mysecu:espinst:syncexchange:v1";
    static final String XMLNS = XMLConstants.XMLNS_ATTRIBUTE_NS_URI;

    private static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    private Soap() {
    }

    /**
     * Namespace-aware and without DTDs: SOAP 1.1 section 3 forbids a document type
     * declaration, and refusing it shuts out XXE and entity expansion.
     */
    static Document parse(InputStream in) throws SoapFault {
        try {
            return builder().parse(in);
        } catch (SAXException | IOException e) {
            throw SoapFault.client("not a well-formed XML document: " + e.getMessage());
        }
    }

    static Document newDocument() {
        return builder().newDocument();
    }

    /**
     * One configured parser per thread, reset between documents: a factory found and set up per
     * request is most of what parsing a small envelope costs.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(Soap::newBuilder);

    private static DocumentBuilder builder() {
        DocumentBuilder builder = BUILDERS.get();
        builder.reset();
        // Throws on fatal errors like the default one, without printing "[Fatal Error]" to stderr.
        builder.setErrorHandler(new DefaultHandler());
        return builder;
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Body of a SOAP 1.1 envelope; a malformed-request fault when there is none. */
    static Element body(Document envelope) throws SoapFault {
        Element root = envelope.getDocumentElement();
        if (root == null || !ENV.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw SoapFault.client("not a SOAP 1.1 envelope");
        }
        Element body = child(root, ENV, "Body");
        if (body == null) {
            throw SoapFault.client("no SOAP Body");
        }
        return body;
    }

    /** A new envelope with an empty Body, which it returns. */
    static Element newEnvelope() {
        Document document = newDocument();
        Element envelope = document.createElementNS(ENV, "soap:Envelope");
        envelope.setAttributeNS(XMLNS, "xmlns:soap", ENV);
        document.appendChild(envelope);
        return (Element) envelope.appendChild(document.createElementNS(ENV, "soap:Body"));
    }

    /** The first child element with this name, or null. */
    static Element child(Element parent, String namespace, String localName) {
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The trimmed text of a child element, or null when there is no such child. */
    static String childText(Element parent, String namespace, String localName) {
        Element child = child(parent, namespace, localName);
        return child == null ? null : child.getTextContent().trim();
    }

    static Element append(Element parent, String namespace, String qualifiedName, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        if (text != null) {
            child.setTextContent(text);
        }
        return (Element) parent.appendChild(child);
    }

    private static final ThreadLocal<Transformer> SERIALIZERS = ThreadLocal.withInitial(() -> {
        try {
            return TransformerFactory.newInstance().newTransformer();
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Never indented: whitespace added inside a signed assertion would break its signature. */
    static byte[] serialize(Node node) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Transformer transformer = SERIALIZERS.get();
            transformer.reset();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(HttpExchange exchange, Element body) throws IOException {
        Http.send(exchange, 200, CONTENT_TYPE, serialize(body.getOwnerDocument()));
    }

    /** SOAP 1.1 section 6.2: a fault travels with HTTP 500. */
    static void sendFault(HttpExchange exchange, SoapFault fault) throws IOException {
        Element body = newEnvelope();
        Element faultElement = append(body, ENV, "soap:Fault", null);
        faultElement.setAttributeNS(XMLNS, "xmlns:" + fault.prefix(), fault.namespace());
        append(faultElement, null, "faultcode", fault.prefix() + ":" + fault.localName());
        append(faultElement, null, "faultstring", fault.getMessage());
        Http.send(exchange, 500, CONTENT_TYPE, serialize(body.getOwnerDocument()));
    }
}
