package lu.econnector.pipeline.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What a submission or a deposit answers (PRODUCT.md section 3).
 *
 * @param submissionId    the mySecu message id: the caller's {@code Idempotency-Key}, or a UUID
 * @param mysecuReference mySecu's reference of the deposit
 * @param sha256          lower-case hex SHA-256 of the deposited PDF
 * @param document        the signed PDF, base64; null for {@code /deposits}, whose caller has it
 */
@JsonbPropertyOrder({"submissionId", "mysecuReference", "receivedAt", "templateId", "templateVersion", "sha256",
        "document"})
public record SubmissionReceipt(String submissionId, String mysecuReference, Instant receivedAt, String templateId,
                                String templateVersion, String sha256, String document) {

    @Override
    public String toString() {
        return "SubmissionReceipt[" + submissionId + " " + mysecuReference + "]";
    }
}
