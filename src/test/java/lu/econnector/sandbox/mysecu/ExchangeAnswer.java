package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.SYNC;
import static lu.econnector.sandbox.mysecu.Soap.XMLNS;
import static lu.econnector.sandbox.mysecu.Soap.append;

import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A syncexchange {@code exchangeResponse}, kept per message id so that a repeated message
 * gets this very answer again (docs/upstreams.md 4.2).
 *
 * @param reference mySecu's reference of an accepted deposit; null when rejected
 */
record ExchangeAnswer(String messageId, Status status, String reference, Instant receivedAt,
                             List<Error> errors) {

    enum Status { ACCEPTED, REJECTED }

    record Error(String code, String message) {
    }

    static ExchangeAnswer accepted(String messageId, String reference, Instant receivedAt) {
        return new ExchangeAnswer(messageId, Status.ACCEPTED, reference, receivedAt, List.of());
    }

    static ExchangeAnswer rejected(String messageId, Instant receivedAt, Error error) {
        return new ExchangeAnswer(messageId, Status.REJECTED, null, receivedAt, List.of(error));
    }

    /** The Body of the answer, in the WSDL's element order. */
    Element toBody() {
        Element body = Soap.newEnvelope();
        Element response = append(body, SYNC, "tns:exchangeResponse", null);
        response.setAttributeNS(XMLNS, "xmlns:tns", SYNC);
        append(response, SYNC, "tns:messageId", messageId);
        append(response, SYNC, "tns:status", status.name());
        if (reference != null) {
            append(response, SYNC, "tns:reference", reference);
        }
        append(response, SYNC, "tns:receivedAt", receivedAt.toString());
        for (Error error : errors) {
            Element element = append(response, SYNC, "tns:error", null);
            append(element, SYNC, "tns:code", error.code());
            append(element, SYNC, "tns:message", error.message());
        }
        return body;
    }
}
