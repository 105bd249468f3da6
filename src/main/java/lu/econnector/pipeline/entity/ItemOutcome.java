package lu.econnector.pipeline.entity;

/** What became of one item of a batch: its receipt, or why it was not deposited. */
public sealed interface ItemOutcome {

    String idempotencyKey();

    record Submitted(String idempotencyKey, SubmissionReceipt receipt) implements ItemOutcome {
    }

    /**
     * @param messageId the mySecu message id it went under; null when none could be made of its key
     * @param failure   as a single submission would have thrown it
     */
    record Failed(String idempotencyKey, String messageId, RuntimeException failure) implements ItemOutcome {
    }
}
