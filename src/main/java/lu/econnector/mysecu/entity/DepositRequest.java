package lu.econnector.mysecu.entity;

import java.util.Map;
import java.util.Objects;

/**
 * One document to deposit with {@code syncexchange} (docs/upstreams.md section 4.2).
 *
 * @param messageId       derived from the professional, the vendor and the idempotency key ({@code MessageIds}),
 *                        or a UUID: mySecu answers a repeated one, from anyone, with its first answer
 * @param messageType     {@code MH.DEPOSIT}, {@code PID.DEPOSIT} or {@code ECIT.DEPOSIT}
 * @param document        the signed PDF
 * @param metadata        key-value metadata (never medical data beyond what mySecu needs)
 */
public record DepositRequest(String messageId, String messageType, String templateId, String templateVersion,
                             byte[] document, Map<String, String> metadata) {

    public DepositRequest {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateVersion, "templateVersion");
        Objects.requireNonNull(document, "document");
        metadata = Map.copyOf(metadata);
    }

    @Override
    public String toString() {
        return "DepositRequest[" + messageId + " " + messageType + " " + templateId + " " + templateVersion + ", "
                + document.length + " bytes]";
    }
}
