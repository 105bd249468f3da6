package lu.econnector.pipeline.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.platform.Jsons;

/**
 * One message id's entry in the data grid: claimed by the replica running the submission, then
 * settled with its receipt. Kept as JSON text, so that the grid never deserialises classes of
 * ours (an application class loader the grid's members may not share).
 *
 * @param claimedAt when the claim was made, by the claiming replica's clock
 * @param claimedBy the claiming replica's id in the data grid
 * @param claimId   makes each claim a distinct value, so that a replica replaces its own claim only
 * @param receipt   null while claimed
 */
record GridEntry(String requestHash, Instant claimedAt, String claimedBy, String claimId, SubmissionReceipt receipt) {

    /** One provider for the class: each {@code Json.createX} would look it up again. */
    private static final JsonProvider JSON = Jsons.provider();

    static GridEntry claim(String requestHash, Instant now, String replica) {
        return new GridEntry(requestHash, now, replica, UUID.randomUUID().toString(), null);
    }

    GridEntry settled(SubmissionReceipt settled) {
        return new GridEntry(requestHash, claimedAt, claimedBy, claimId, settled);
    }

    boolean isSettled() {
        return receipt != null;
    }

    String toJson() {
        JsonObjectBuilder entry = JSON.createObjectBuilder().add("requestHash", requestHash)
                .add("claimedAt", claimedAt.toString()).add("claimedBy", claimedBy).add("claimId", claimId);
        if (receipt != null) {
            entry.add("receipt", JSON.createObjectBuilder()
                    .add("messageId", receipt.messageId())
                    .add("submissionId", receipt.submissionId())
                    .add("mysecuReference", receipt.mysecuReference())
                    .add("receivedAt", receipt.receivedAt().toString())
                    .add("replayed", receipt.replayed())
                    .add("templateId", orNull(receipt.templateId()))
                    .add("templateVersion", orNull(receipt.templateVersion()))
                    .add("sha256", orNull(receipt.sha256()))
                    .add("document", orNull(receipt.document())));
        }
        return entry.build().toString();
    }

    static GridEntry fromJson(String json) {
        JsonObject entry;
        try (var reader = JSON.createReader(new StringReader(json))) {
            entry = reader.readObject();
        }
        JsonObject receipt = entry.getJsonObject("receipt");
        return new GridEntry(entry.getString("requestHash"), Instant.parse(entry.getString("claimedAt")),
                entry.getString("claimedBy"), entry.getString("claimId"), receipt == null ? null : new SubmissionReceipt(
                        receipt.getString("messageId"), receipt.getString("submissionId"),
                        receipt.getString("mysecuReference"), Instant.parse(receipt.getString("receivedAt")),
                        receipt.getBoolean("replayed"), receipt.getString("templateId", null),
                        receipt.getString("templateVersion", null), receipt.getString("sha256", null),
                        receipt.getString("document", null)));
    }

    private static JsonValue orNull(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }
}
