package lu.econnector.pipeline.entity;

import java.util.Objects;

/**
 * The mySecu message id a submission or a deposit goes under, fixed before anything else is done
 * so that every answer names it.
 *
 * @param value             derived from the professional, the vendor and the {@code Idempotency-Key}, or a
 *                          UUID when the call had no key
 * @param fromIdempotencyKey whether the call had a key: only then is it run once per key
 */
public record MessageId(String value, boolean fromIdempotencyKey) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
