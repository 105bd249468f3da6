package lu.econnector.mysecu.entity;

import java.time.Instant;

/**
 * mySecu's {@code ACCEPTED} answer.
 *
 * @param reference  mySecu's reference of the deposit
 * @param receivedAt when mySecu received it
 */
public record DepositReceipt(String messageId, String reference, Instant receivedAt) {
}
