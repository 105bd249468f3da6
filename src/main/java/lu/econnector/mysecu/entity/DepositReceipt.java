package lu.econnector.mysecu.entity;

import java.time.Instant;

/**
 * mySecu's {@code ACCEPTED} answer.
 *
 * @param reference  mySecu's reference of the deposit
 * @param receivedAt when mySecu received it
 * @param replayed   mySecu had received the message id before this call, and answered as it did the
 *                   first time (docs/upstreams.md 4.2): the document of this call was not deposited
 */
public record DepositReceipt(String messageId, String reference, Instant receivedAt, boolean replayed) {
}
