package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.SYNC;
import static lu.econnector.sandbox.mysecu.Soap.WSSE;
import static lu.econnector.sandbox.mysecu.Soap.WSU;
import static lu.econnector.sandbox.mysecu.Soap.XMLNS;
import static lu.econnector.sandbox.mysecu.Soap.append;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import lu.econnector.sandbox.SandboxServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A syncexchange request as the eConnector is to send it (docs/upstreams.md 4.2, docs/verified-facts.md): a
 * wsse:Security header with a Timestamp and the STS's assertion imported as received, and
 * the document either inline (base64) or as an MTOM attachment, packaged the way Metro
 * packages it (XOP 1.0; root part {@code application/xop+xml}, {@code cid:} href).
 */
final class ExchangeClient {

    static final String ATTACHMENT_ID = "document-1@econnector.lu";

    private final SandboxServer server;
    private final HttpClient http;

    ExchangeClient(SandboxServer server) throws Exception {
        this.server = server;
        this.http = HttpClient.newBuilder().sslContext(server.ca().clientContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * @param assertion the STS's assertion, or null for none
     * @param xop       true: the content is an xop:Include of {@link #ATTACHMENT_ID}; false: inline base64
     */
    static Document envelope(Element assertion, String messageId, byte[] pdf, String sha256, boolean xop) {
        Element body = Soap.newEnvelope();
        Document document = body.getOwnerDocument();
        Element header = document.createElementNS(Soap.ENV, "soap:Header");
        document.getDocumentElement().insertBefore(header, body);
        Element security = append(header, WSSE, "wsse:Security", null);
        security.setAttributeNS(XMLNS, "xmlns:wsse", WSSE);
        security.setAttributeNS(XMLNS, "xmlns:wsu", WSU);
        Element timestamp = append(security, WSU, "wsu:Timestamp", null);
        append(timestamp, WSU, "wsu:Created", Instant.now().toString());
        append(timestamp, WSU, "wsu:Expires", Instant.now().plusSeconds(300).toString());
        if (assertion != null) {
            security.appendChild(document.importNode(assertion, true));
        }
        Element request = append(body, SYNC, "tns:exchangeRequest", null);
        request.setAttributeNS(XMLNS, "xmlns:tns", SYNC);
        append(request, SYNC, "tns:messageId", messageId);
        append(request, SYNC, "tns:messageType", "MH.DEPOSIT");
        append(request, SYNC, "tns:sentAt", Instant.now().toString());
        append(request, SYNC, "tns:templateId", "MH-REPORT");
        append(request, SYNC, "tns:templateVersion", "1.2.0");
        Element doc = append(request, SYNC, "tns:document", null);
        append(doc, SYNC, "tns:fileName", "report.pdf");
        append(doc, SYNC, "tns:sha256", sha256);
        Element content = append(doc, SYNC, "tns:content", xop ? null : Base64.getMimeEncoder().encodeToString(pdf));
        if (xop) {
            Element include = append(content, Soap.XOP, "xop:Include", null);
            include.setAttributeNS(XMLNS, "xmlns:xop", Soap.XOP);
            include.setAttributeNS(null, "href", "cid:" + ATTACHMENT_ID.replace("@", "%40"));
        }
        Element metadata = append(request, SYNC, "tns:metadata", null);
        entry(metadata, "patientMatricule", "1978031204512");
        entry(metadata, "language", "fr");
        return document;
    }

    private static void entry(Element metadata, String key, String value) {
        Element entry = append(metadata, SYNC, "tns:entry", null);
        entry.setAttributeNS(null, "key", key);
        entry.setAttributeNS(null, "value", value);
    }

    HttpResponse<String> sendInline(Document envelope) throws Exception {
        return send("text/xml; charset=utf-8", Soap.serialize(envelope));
    }

    /** MTOM: the envelope as the XOP package's root part, the PDF as its one attachment. */
    HttpResponse<String> sendMtom(Document envelope, byte[] pdf) throws Exception {
        String boundary = "uuid:" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Id: <rootpart@econnector.lu>\r\n"
                + "Content-Type: application/xop+xml;charset=utf-8;type=\"text/xml\"\r\n"
                + "Content-Transfer-Encoding: binary\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(Soap.serialize(envelope));
        out.write(("\r\n--" + boundary + "\r\nContent-Id: <" + ATTACHMENT_ID + ">\r\nContent-Type: application/pdf\r\n"
                + "Content-Transfer-Encoding: binary\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(pdf);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send("multipart/related;start=\"<rootpart@econnector.lu>\";type=\"application/xop+xml\";boundary=\""
                + boundary + "\";start-info=\"text/xml\"", out.toByteArray());
    }

    private HttpResponse<String> send(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(server.base().resolve("ws/soap/espinst/syncexchange"))
                .header("Content-Type", contentType)
                .header("SOAPAction", "\"urn:lu:mysecu:espinst:syncexchange:v1:exchange\"")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PDF-like payload: a PDF header, random bytes (CR, LF and NUL among them), a PDF trailer. */
    static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
