package lu.econnector.mysecu.control;

import static lu.econnector.mysecu.control.WsTrust.ISSUE;
import static lu.econnector.mysecu.control.WsTrust.JWT_VALUE_TYPE;
import static lu.econnector.mysecu.control.WsTrust.SAML2_TOKEN_TYPE;
import static lu.econnector.mysecu.control.WsTrust.SOAP_ENV;
import static lu.econnector.mysecu.control.WsTrust.WSSE;
import static lu.econnector.mysecu.control.WsTrust.WST;

import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The unsigned SOAP 1.1 envelope of a WS-Trust 1.3 Issue request (section 3.1) for a SAML 2.0
 * assertion on behalf of a professional (section 9.3: {@code OnBehalfOf}), whose AeS access
 * token travels as a {@code wsse:BinarySecurityToken} (docs/upstreams.md 4.1). Built with DOM so
 * that the token is text, never markup, whatever it holds.
 */
final class IssueRequest {

    private IssueRequest() {
    }

    static Document onBehalfOf(String accessToken) {
        Document document = HardenedXml.newDocument();
        Element envelope = document.createElementNS(SOAP_ENV, "soap:Envelope");
        envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:soap", SOAP_ENV);
        document.appendChild(envelope);
        Element body = append(envelope, SOAP_ENV, "soap:Body", null);
        Element rst = append(body, WST, "wst:RequestSecurityToken", null);
        rst.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wst", WST);
        append(rst, WST, "wst:TokenType", SAML2_TOKEN_TYPE);
        append(rst, WST, "wst:RequestType", ISSUE);
        Element onBehalfOf = append(rst, WST, "wst:OnBehalfOf", null);
        Element token = append(onBehalfOf, WSSE, "wsse:BinarySecurityToken", accessToken);
        token.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:wsse", WSSE);
        token.setAttributeNS(null, "ValueType", JWT_VALUE_TYPE);
        return document;
    }

    private static Element append(Element parent, String namespace, String qualifiedName, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        if (text != null) {
            child.setTextContent(text);
        }
        return (Element) parent.appendChild(child);
    }
}
