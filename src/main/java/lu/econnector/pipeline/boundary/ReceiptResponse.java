package lu.econnector.pipeline.boundary;

import jakarta.ws.rs.core.Response;
import lu.econnector.pipeline.entity.SubmissionReceipt;

/**
 * A receipt as the answer of {@code /submissions} or {@code /deposits}, and the texts their
 * OpenAPI shares. 201 when mySecu took a document (also for a repeat that the eConnector answers
 * with the first receipt); 200 when mySecu answered with its first answer to the message id:
 * nothing was created by this call.
 */
final class ReceiptResponse {

    static final String IDEMPOTENCY_KEY_DOC = "1-64 of [A-Za-z0-9_-], scoped to the professional and the vendor "
            + "(client id) who send it: the mySecu message id is derived from the three (base64url SHA-256, 43 "
            + "characters), as mySecu de-duplicates message ids across everyone. A repeat never deposits twice: "
            + "within 15 minutes on the same instance it gets the first receipt, with its PDF; later, mySecu's "
            + "first answer (200, replayed). Without a key, each call is a new message (a UUID).";
    static final String CREATED = "Deposited: the receipt (messageId, mysecuReference, receivedAt, replayed false, "
            + "templateId, templateVersion, sha256 of the deposited PDF";
    static final String REPLAYED = "mySecu had this message id already (a retry after a timeout, or a repeat after "
            + "15 minutes) and answered with its first answer: replayed true, the first deposit's mysecuReference "
            + "and receivedAt; no sha256, no document, as nothing of this call was deposited. Detected by a "
            + "receivedAt earlier than this call's sentAt: the eConnector's and mySecu's clocks are NTP-synchronised.";
    static final String PROBLEM_WITH_MESSAGE_ID = "; the problem names the message id (messageId)";

    private ReceiptResponse() {
    }

    static Response of(SubmissionReceipt receipt) {
        return Response.status(status(receipt)).entity(receipt).build();
    }

    static int status(SubmissionReceipt receipt) {
        return receipt.replayed() ? Response.Status.OK.getStatusCode() : Response.Status.CREATED.getStatusCode();
    }
}
