package lu.econnector.mysecu.control;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lu.econnector.mysecu.entity.SamlAssertion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code wsse:Security} header of a syncexchange request (docs/upstreams.md 4.2): a
 * {@code wsu:Timestamp} (SOAP Message Security 1.1, section 10) and the STS's SAML assertion
 * as a direct child (SAML Token Profile 1.1, section 3.3). The assertion is signed by the STS
 * (SAML Core 5.4, exclusive C14N): it is parsed and imported node for node, never rebuilt,
 * so that what the signature covers reaches mySecu unchanged.
 */
final class SecurityHeader {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    /** How long the message may be in transit before mySecu refuses it as expired (section 10). */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

    private static final DocumentBuilderFactory HARDENED = hardenedFactory();

    private SecurityHeader() {
    }

    static Element of(SamlAssertion assertion, Instant now) {
        DocumentBuilder builder = hardenedBuilder();
        Document document = builder.newDocument();
        Element security = document.createElementNS(WSSE, "wsse:Security");
        security.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wsse", WSSE);
        security.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wsu", WSU);
        security.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:soap", SOAP11);
        security.setAttributeNS(SOAP11, "soap:mustUnderstand", "1");
        document.appendChild(security);

        Element timestamp = append(security, WSU, "wsu:Timestamp");
        Instant created = now.truncatedTo(ChronoUnit.MILLIS);
        append(timestamp, WSU, "wsu:Created").setTextContent(created.toString());
        append(timestamp, WSU, "wsu:Expires").setTextContent(created.plus(TIME_TO_LIVE).toString());

        security.appendChild(document.importNode(parse(builder, assertion).getDocumentElement(), true));
        return security;
    }

    private static Element append(Element parent, String namespace, String name) {
        return (Element) parent.appendChild(parent.getOwnerDocument().createElementNS(namespace, name));
    }

    private static Document parse(DocumentBuilder builder, SamlAssertion assertion) {
        try {
            return builder.parse(new InputSource(new StringReader(assertion.xml())));
        } catch (SAXException | IOException e) {
            // Never the parser's message: it may quote the assertion.
            throw new IllegalArgumentException("the SAML assertion of " + assertion.subject() + " is not well-formed XML");
        }
    }

    /**
     * A new builder from the one hardened factory (the JDK's own: looking a factory up per
     * deposit walked the class path each time).
     */
    private static DocumentBuilder hardenedBuilder() {
        try {
            DocumentBuilder builder = HARDENED.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }

    /**
     * Namespace-aware, no DTD at all (so no external entity, no entity expansion), no XInclude:
     * the assertion came from the network, however trusted the STS.
     */
    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.newDocumentBuilder(); // a setting the parser refuses shows here, at class load
            return factory;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
        }
    }
}
