package lu.econnector.mysecu.control;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.List;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import lu.econnector.platform.Sha256;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.mysecu.soap.Document;
import lu.econnector.mysecu.soap.Entry;
import lu.econnector.mysecu.soap.ExchangeRequest;
import lu.econnector.mysecu.soap.ExchangeResponse;
import lu.econnector.mysecu.soap.MessageType;

/**
 * Our deposit in the generated syncexchange types, and their answer back in ours
 * (docs/upstreams.md 4.2): {@code ACCEPTED} is a receipt, {@code REJECTED} a refusal with mySecu's
 * codes, anything else an answer that makes no sense.
 */
final class SyncExchangeMessages {

    /** The JDK's own, found once: {@code DatatypeFactory.newInstance()} walked the class path per deposit. */
    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    static final String PDF = "application/pdf";

    private SyncExchangeMessages() {
    }

    static ExchangeRequest request(DepositRequest deposit, Instant sentAt) {
        Document document = new Document();
        document.setFileName(deposit.templateId() + "-" + deposit.templateVersion() + ".pdf");
        document.setSha256(Sha256.digest(deposit.document()));
        // A DataHandler with a MIME type: with MTOM on, JAXB turns it into an XOP attachment.
        document.setContent(new DataHandler(new PdfSource(deposit.document())));

        ExchangeRequest request = new ExchangeRequest();
        request.setMessageId(deposit.messageId());
        request.setMessageType(MessageType.fromValue(deposit.messageType()));
        request.setSentAt(xmlTime(sentAt)); // to the millisecond, as receipt() compares it
        request.setTemplateId(deposit.templateId());
        request.setTemplateVersion(deposit.templateVersion());
        request.setDocument(document);
        ExchangeRequest.Metadata metadata = new ExchangeRequest.Metadata();
        deposit.metadata().forEach((key, value) -> {
            Entry entry = new Entry();
            entry.setKey(key);
            entry.setValue(value);
            metadata.getEntry().add(entry);
        });
        request.setMetadata(metadata);
        return request;
    }

    /**
     * The receipt of an {@code ACCEPTED} answer; the refusal or failure of any other.
     * <p>
     * mySecu answers a message id it has seen with its first answer, unchanged (docs/upstreams.md 4.2),
     * and says nothing more: a reception time earlier than this request's {@code sentAt} can only
     * be that first answer, replayed (a retry after a timeout whose deposit went through, or a
     * repeat after our own memory of it is gone). This holds as long as the two clocks agree, to
     * well under a round trip: both are NTP-synchronised, as WS-Security timestamps need anyway.
     *
     * @param sentAt the {@code sentAt} of the request this answers
     */
    static DepositReceipt receipt(ExchangeResponse answer, String messageId, Instant sentAt) {
        if (answer == null || !messageId.equals(answer.getMessageId())) {
            throw MySecuClient.badAnswer("syncexchange answered for another message", List.of(), null);
        }
        if ("REJECTED".equals(answer.getStatus())) {
            List<String> codes = answer.getError().stream().map(error -> error.getCode()).toList();
            throw new MySecuRejectedException(codes.isEmpty() ? List.of("REJECTED") : codes);
        }
        if (!"ACCEPTED".equals(answer.getStatus()) || answer.getReference() == null
                || answer.getReference().isBlank() || answer.getReceivedAt() == null) {
            throw MySecuClient.badAnswer("syncexchange answered neither ACCEPTED with a reference "
                    + "nor REJECTED", List.of(), null);
        }
        Instant receivedAt = answer.getReceivedAt().toGregorianCalendar().toInstant();
        return new DepositReceipt(messageId, answer.getReference(), receivedAt,
                receivedAt.isBefore(sentAt.truncatedTo(ChronoUnit.MILLIS)));
    }

    private static XMLGregorianCalendar xmlTime(Instant instant) {
        return DATATYPES.newXMLGregorianCalendar(GregorianCalendar.from(
                instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZoneOffset.UTC)));
    }

    /** The PDF's bytes as a data source, readable as often as Metro needs (a retry re-reads it). */
    private record PdfSource(byte[] bytes) implements DataSource {

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public OutputStream getOutputStream() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public String getContentType() {
            return PDF;
        }

        @Override
        public String getName() {
            return "document.pdf";
        }
    }
}
