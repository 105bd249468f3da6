package lu.econnector.sandbox.mysecu;

import com.sun.net.httpserver.HttpExchange;
import jakarta.xml.soap.AttachmentPart;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Document;

/**
 * A SOAP 1.1 request as HTTP brought it: a plain {@code text/xml} envelope, or an XOP package
 * (XOP 1.0, section 3; MTOM's HTTP binding, section 4.3) in {@code multipart/related}, whose
 * MIME parts SAAJ splits. SAAJ's own DOM is left aside: the root part's bytes are parsed by
 * {@link Soap#parse}, hardened, and the assertion's signature is checked on exactly what came.
 *
 * @param parts the attachments' bytes by Content-ID, without the angle brackets
 */
record XopPackage(Document envelope, Map<String, byte[]> parts) {

    /** Found once: SAAJ looks its factory up through the service loader per call. */
    private static final MessageFactory MESSAGES = messageFactory();

    static XopPackage read(HttpExchange exchange) throws SoapFault {
        MimeHeaders headers = new MimeHeaders();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.addHeader(name, v)));
        try {
            SOAPMessage message = MESSAGES.createMessage(headers, exchange.getRequestBody());
            Map<String, byte[]> parts = new HashMap<>();
            for (Iterator<AttachmentPart> it = message.getAttachments(); it.hasNext(); ) {
                AttachmentPart part = it.next();
                parts.put(unbracket(part.getContentId()), part.getRawContentBytes());
            }
            return new XopPackage(Soap.parse(root(message)), parts);
        } catch (SOAPException | IOException e) {
            throw SoapFault.client("not a SOAP 1.1 message: " + e.getMessage());
        }
    }

    private static MessageFactory messageFactory() {
        try {
            return MessageFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL);
        } catch (SOAPException e) {
            throw new IllegalStateException("no SAAJ implementation", e);
        }
    }

    /** The root part as received; serialised again only if SAAJ has already parsed it. */
    private static InputStream root(SOAPMessage message) throws SOAPException {
        Source content = message.getSOAPPart().getContent();
        if (content instanceof StreamSource stream && stream.getInputStream() != null) {
            return stream.getInputStream();
        }
        return new ByteArrayInputStream(Soap.serialize(message.getSOAPPart()));
    }

    /**
     * The attachment that an {@code xop:Include/@href} names: a {@code cid:} URL (RFC 2392),
     * whose Content-ID is percent-encoded (Metro writes {@code @} as {@code %40}).
     */
    byte[] part(String href) {
        if (href == null || !href.startsWith("cid:")) {
            return null;
        }
        return parts.get(URLDecoder.decode(href.substring(4).replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    private static String unbracket(String contentId) {
        if (contentId == null) {
            return "";
        }
        String id = contentId.trim();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }
}
