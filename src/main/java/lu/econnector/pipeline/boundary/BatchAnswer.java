package lu.econnector.pipeline.boundary;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import lu.econnector.pipeline.entity.ItemOutcome;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.problem.boundary.ThrowableMapper;
import lu.econnector.problem.entity.Problem;

/**
 * The answer to a batch: one entry per item, in the items' order, each with the status a single
 * submission would have answered and its receipt or its problem. The contract describes it in
 * {@code META-INF/openapi.yaml} ({@code BatchSubmissionOutcomes}).
 */
public record BatchAnswer(List<Item> items) {

    static BatchAnswer of(List<ItemOutcome> outcomes, String instance) {
        return new BatchAnswer(outcomes.stream().map(outcome -> Item.of(outcome, instance)).toList());
    }

    @JsonbPropertyOrder({"idempotencyKey", "status", "receipt", "problem"})
    public record Item(String idempotencyKey, int status, SubmissionReceipt receipt, JsonObject problem) {

        static Item of(ItemOutcome outcome, String instance) {
            if (outcome instanceof ItemOutcome.Submitted submitted) {
                return new Item(submitted.idempotencyKey(), ReceiptResponse.status(submitted.receipt()),
                        submitted.receipt(), null);
            }
            ItemOutcome.Failed failed = (ItemOutcome.Failed) outcome;
            Problem problem = ThrowableMapper.problemOf(failed.failure(), instance).withMessageId(failed.messageId());
            return new Item(failed.idempotencyKey(), problem.status(), null, problem.toJson());
        }
    }
}
