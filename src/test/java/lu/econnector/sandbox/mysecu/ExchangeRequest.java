package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.SYNC;
import static lu.econnector.sandbox.mysecu.Soap.child;
import static lu.econnector.sandbox.mysecu.Soap.childText;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A syncexchange {@code exchangeRequest} as the WSDL's schema defines it, read with the
 * checks that a schema-validating endpoint would make (anything else is a {@code soap:Client}
 * fault). The document's bytes come from an XOP attachment (XOP 1.0, section 3.2:
 * {@code xop:Include} in place of the base64 text) or from the inline base64 text.
 *
 * @param sha256 the declared SHA-256, in lower-case hex
 * @param mtom   true when the content came as an XOP attachment, false when inline
 */
record ExchangeRequest(String messageId, String messageType, String sentAt, String templateId,
                       String templateVersion, String fileName, String sha256, byte[] content, boolean mtom,
                       Map<String, String> metadata) {

    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    private static final Pattern HEX = Pattern.compile("([0-9a-fA-F]{2})*");
    private static final Set<String> MESSAGE_TYPES = Set.of("MH.DEPOSIT", "PID.DEPOSIT", "ECIT.DEPOSIT");

    static ExchangeRequest read(Element body, XopPackage xop) throws SoapFault {
        Element request = child(body, SYNC, "exchangeRequest");
        if (request == null) {
            throw SoapFault.client("the Body holds no exchangeRequest");
        }
        String messageId = required(request, "messageId");
        String messageType = required(request, "messageType");
        String sentAt = required(request, "sentAt");
        if (!MESSAGE_ID.matcher(messageId).matches() || !MESSAGE_TYPES.contains(messageType)) {
            throw SoapFault.client("messageId or messageType outside the WSDL's types");
        }
        try {
            DateTimeFormatter.ISO_DATE_TIME.parse(sentAt);
        } catch (DateTimeParseException e) {
            throw SoapFault.client("sentAt is not an xs:dateTime");
        }
        Element document = child(request, SYNC, "document");
        String sha256 = required(document, "sha256");
        if (!HEX.matcher(sha256).matches()) {
            throw SoapFault.client("sha256 is not xs:hexBinary");
        }
        Element content = child(document, SYNC, "content");
        return new ExchangeRequest(messageId, messageType, sentAt, required(request, "templateId"),
                required(request, "templateVersion"), required(document, "fileName"), sha256.toLowerCase(),
                content(content, xop), child(content, Soap.XOP, "Include") != null,
                metadata(child(request, SYNC, "metadata")));
    }

    private static String required(Element parent, String name) throws SoapFault {
        String text = childText(parent, SYNC, name);
        if (text == null || text.isEmpty()) {
            throw SoapFault.client("exchangeRequest without " + name);
        }
        return text;
    }

    private static byte[] content(Element content, XopPackage xop) throws SoapFault {
        if (content == null) {
            throw SoapFault.client("document without content");
        }
        Element include = child(content, Soap.XOP, "Include");
        if (include != null) {
            byte[] attachment = xop.part(include.getAttributeNS(null, "href"));
            if (attachment == null) {
                throw SoapFault.client("xop:Include names no attachment of this message");
            }
            return attachment;
        }
        try {
            return Base64.getMimeDecoder().decode(content.getTextContent().trim());
        } catch (IllegalArgumentException e) {
            throw SoapFault.client("content is neither xop:Include nor base64");
        }
    }

    private static Map<String, String> metadata(Element metadata) throws SoapFault {
        Map<String, String> entries = new LinkedHashMap<>();
        for (Node node = metadata == null ? null : metadata.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element entry && SYNC.equals(entry.getNamespaceURI())
                    && "entry".equals(entry.getLocalName())) {
                if (!entry.hasAttributeNS(null, "key") || !entry.hasAttributeNS(null, "value")) {
                    throw SoapFault.client("metadata entry without key or value");
                }
                entries.put(entry.getAttributeNS(null, "key"), entry.getAttributeNS(null, "value"));
            }
        }
        return entries;
    }
}
