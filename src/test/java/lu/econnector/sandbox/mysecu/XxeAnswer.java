package lu.econnector.sandbox.mysecu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * An exchangeResponse that tries XML external entity injection (OWASP XXE; SOAP 1.1 section 3
 * forbids a DTD anyway): its DOCTYPE declares an entity on a local file that holds a marker
 * unique to this run, and the reference is that entity. Whoever finds the marker in a receipt,
 * an error or a log has caught a client that resolved it.
 */
final class XxeAnswer {

    private final String marker = "XXE-MARKER-" + UUID.randomUUID();
    private final Path file;

    XxeAnswer() {
        try {
            file = Files.createTempFile("sandbox-xxe-", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, marker, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String marker() {
        return marker;
    }

    /** The answer to this message id, otherwise a plausible ACCEPTED, whose reference is the entity. */
    byte[] body(String messageId, Instant receivedAt) {
        return answer(messageId, receivedAt, "<!ENTITY marker SYSTEM \"" + file.toUri() + "\">", "&marker;");
    }

    /** The same answer with a DOCTYPE that declares an entity nothing uses: a DTD, nothing more. */
    static byte[] withUnusedDoctype(String messageId, Instant receivedAt) {
        return answer(messageId, receivedAt, "<!ENTITY unused \"unused\">", "MYSECU-" + UUID.randomUUID());
    }

    /** The same answer whose reference expands to 10^9 "lol"s (the billion laughs). */
    static byte[] billionLaughs(String messageId, Instant receivedAt) {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            entities.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return answer(messageId, receivedAt, entities.toString(), "&lol9;");
    }

    private static byte[] answer(String messageId, Instant receivedAt, String internalSubset, String reference) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE soap:Envelope [" + internalSubset + "]>\n"
                + "<soap:Envelope xmlns:soap=\"" + Soap.ENV + "\"><soap:Body>"
                + "<tns:exchangeResponse xmlns:tns=\"" + Soap.SYNC + "\">"
                + "<tns:messageId>" + messageId + "</tns:messageId><tns:status>ACCEPTED</tns:status>"
                + "<tns:reference>" + reference + "</tns:reference><tns:receivedAt>" + receivedAt
                + "</tns:receivedAt></tns:exchangeResponse></soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
    }
}
