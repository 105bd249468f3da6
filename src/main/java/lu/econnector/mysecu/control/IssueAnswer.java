package lu.econnector.mysecu.control;

import static lu.econnector.mysecu.control.WsTrust.SAML2;
import static lu.econnector.mysecu.control.WsTrust.SOAP_ENV;
import static lu.econnector.mysecu.control.WsTrust.WSSE;
import static lu.econnector.mysecu.control.WsTrust.WST;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.upstream.control.UpstreamFailure;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The STS's answer to an Issue request (docs/upstreams.md 4.1), turned into a {@link SamlAssertion}
 * or into the problem it means: a {@code wst:FailedAuthentication} fault is mySecu refusing
 * the professional (403); any other fault, or an answer that is not the WS-Trust 1.3
 * {@code RequestSecurityTokenResponseCollection} (section 4.3) holding an assertion on this
 * professional, is a bad answer (502); an HTTP error other than a SOAP fault is mySecu
 * unavailable (503). The messages say what was wrong, never what the answer held.
 */
final class IssueAnswer {

    /** SOAP 1.1 section 6.2: a fault comes with HTTP 500. */
    private static final int SOAP_FAULT_STATUS = 500;
    /** The conventional prefixes, so that callers get the same code whatever prefix mySecu wrote. */
    private static final Map<String, String> PREFIXES = Map.of(WST, "wst", WSSE, "wsse", SOAP_ENV, "soap");

    private IssueAnswer() {
    }

    static SamlAssertion read(int status, byte[] body, String psCode, URI enrolmentPortal) {
        if (status != 200 && status != SOAP_FAULT_STATUS) {
            throw status >= 500 ? MySecuClient.unavailable("The mySecu STS answered HTTP " + status, null)
                    : MySecuClient.badAnswer("The mySecu STS answered HTTP " + status, List.of(), null);
        }
        Element soapBody = soapBody(parse(body, status));
        if (soapBody == null) {
            throw status == SOAP_FAULT_STATUS
                    ? MySecuClient.unavailable("The mySecu STS answered HTTP 500 without a SOAP fault", null)
                    : badAnswer("the answer is not a SOAP 1.1 envelope");
        }
        Element fault = child(soapBody, SOAP_ENV, "Fault");
        if (fault != null) {
            throw faultProblem(fault, enrolmentPortal);
        }
        return assertion(soapBody, psCode);
    }

    private static Document parse(byte[] body, int status) {
        try {
            return HardenedXml.parse(body);
        } catch (SAXException | IOException e) {
            // The parser's message may quote the answer: it stays out of ours.
            if (status == SOAP_FAULT_STATUS) {
                throw MySecuClient.unavailable("The mySecu STS answered HTTP 500 without a SOAP fault", null);
            }
            throw badAnswer("the answer is not well-formed XML without a DOCTYPE (SOAP 1.1 forbids one; "
                    + "no entity of it was resolved)");
        }
    }

    private static Element soapBody(Document answer) {
        Element envelope = answer.getDocumentElement();
        boolean soap = SOAP_ENV.equals(envelope.getNamespaceURI()) && "Envelope".equals(envelope.getLocalName());
        return soap ? child(envelope, SOAP_ENV, "Body") : null;
    }

    private static RuntimeException faultProblem(Element fault, URI enrolmentPortal) {
        String code = faultCode(child(fault, null, "faultcode"));
        if ("wst:FailedAuthentication".equals(code)) {
            return new MySecuRefusalException("its STS answered wst:FailedAuthentication: the professional's "
                    + "AeS token, the professional or the eConnector's generic certificate was refused",
                    enrolmentPortal.toString());
        }
        return MySecuClient.badAnswer("The mySecu STS answered the SOAP fault " + code, List.of(code), null);
    }

    /** The fault code as {@code prefix:localName} with the conventional prefix of its namespace. */
    private static String faultCode(Element faultcode) {
        String text = faultcode == null ? "" : faultcode.getTextContent().trim();
        if (!text.matches("([A-Za-z_][\\w.-]{0,40}:)?[A-Za-z_][\\w.-]{0,80}")) {
            return "unknown";
        }
        int colon = text.indexOf(':');
        String prefix = colon < 0 ? null : text.substring(0, colon);
        String localName = text.substring(colon + 1);
        String namespace = faultcode.lookupNamespaceURI(prefix);
        String conventional = namespace == null ? null : PREFIXES.get(namespace);
        return conventional == null ? localName : conventional + ":" + localName;
    }

    private static SamlAssertion assertion(Element soapBody, String psCode) {
        Element assertion = child(child(child(child(soapBody, WST, "RequestSecurityTokenResponseCollection"),
                WST, "RequestSecurityTokenResponse"), WST, "RequestedSecurityToken"), SAML2, "Assertion");
        if (assertion == null) {
            throw badAnswer("no SAML 2.0 assertion in a wst:RequestSecurityTokenResponseCollection");
        }
        Element nameId = child(child(assertion, SAML2, "Subject"), SAML2, "NameID");
        if (nameId == null || !psCode.equals(nameId.getTextContent().trim())) {
            throw badAnswer("the assertion's Subject/NameID is not the professional's ps_code");
        }
        Element conditions = child(assertion, SAML2, "Conditions");
        try {
            Instant notOnOrAfter = Instant.parse(conditions == null ? "" : conditions.getAttributeNS(null,
                    "NotOnOrAfter"));
            return new SamlAssertion(HardenedXml.standalone(assertion), psCode, notOnOrAfter);
        } catch (DateTimeParseException e) {
            throw badAnswer("the assertion has no Conditions/@NotOnOrAfter in UTC");
        }
    }

    private static UpstreamFailure badAnswer(String what) {
        return MySecuClient.badAnswer("The mySecu STS gave a bad answer: " + what, List.of(), null);
    }

    /** The first child element with this name ({@code namespace} null: unqualified), or null. */
    private static Element child(Element parent, String namespace, String localName) {
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())
                    && (namespace == null ? element.getNamespaceURI() == null
                    : namespace.equals(element.getNamespaceURI()))) {
                return element;
            }
        }
        return null;
    }
}
