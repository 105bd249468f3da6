package lu.econnector.pipeline.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What a submission or a deposit answers (docs/api.md). The contract describes it in
 * {@code META-INF/openapi.yaml}: Payara's scanner misreads this record.
 *
 * @param messageId       the mySecu message id: scoped to the professional and vendor when the call had an
 *                        {@code Idempotency-Key}, a UUID otherwise
 * @param submissionId    the message id under the receipt's first name, kept so that vendors who read it
 *                        keep working (a submission is known to mySecu by nothing else)
 * @param mysecuReference mySecu's reference of the deposit
 * @param receivedAt      when mySecu received it
 * @param replayed        mySecu had received this message id before this call: its answer is the first one,
 *                        replayed, and nothing was deposited now
 * @param sha256          lower-case hex SHA-256 of the deposited PDF; null when replayed (what this call
 *                        signed or sent is not what mySecu holds)
 * @param document        the signed PDF, base64; null for {@code /deposits}, whose caller has it, and when replayed
 */
@JsonbPropertyOrder({"messageId", "submissionId", "mysecuReference", "receivedAt", "replayed", "templateId", "templateVersion",
        "sha256", "document"})
public record SubmissionReceipt(String messageId, String submissionId, String mysecuReference, Instant receivedAt, boolean replayed,
                                String templateId, String templateVersion, String sha256, String document) {

    /** A receipt whose {@code submissionId} is its message id, as always. */
    public SubmissionReceipt(String messageId, String mysecuReference, Instant receivedAt, boolean replayed,
                             String templateId, String templateVersion, String sha256, String document) {
        this(messageId, messageId, mysecuReference, receivedAt, replayed, templateId, templateVersion, sha256,
                document);
    }

    /**
     * mySecu's first answer to a message id it had already: its reference and reception time, and
     * nothing of this call's document, which mySecu did not take (another call's may differ).
     */
    public static SubmissionReceipt replayed(String messageId, String mysecuReference, Instant receivedAt) {
        return new SubmissionReceipt(messageId, mysecuReference, receivedAt, true, null, null, null, null);
    }

    @Override
    public String toString() {
        return "SubmissionReceipt[" + messageId + " " + mysecuReference + (replayed ? " replayed" : "") + "]";
    }
}
