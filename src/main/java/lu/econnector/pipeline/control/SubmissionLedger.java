package lu.econnector.pipeline.control;

import java.util.function.Supplier;
import lu.econnector.pipeline.entity.SubmissionReceipt;

/** Where the submissions with an {@code Idempotency-Key} are recorded, so that each runs once. */
interface SubmissionLedger {

    /**
     * @param messageId   the mySecu message id derived from the key, the professional and the vendor
     * @param requestHash a digest of what is asked (template and data, or the PDF)
     * @param work        the submission itself, run by the first caller only
     * @return the first caller's receipt
     * @throws IdempotencyKeyReusedException when the message id was used for another request
     */
    SubmissionReceipt once(String messageId, String requestHash, Supplier<SubmissionReceipt> work);
}
