package lu.econnector.pipeline.entity;

/**
 * One document of a batch submission, as a single submission would carry it.
 *
 * @param idempotencyKey as the {@code Idempotency-Key} header of a single submission; null for none
 * @param data           the template data, JSON as the vendor sent it
 */
public record BatchItem(String idempotencyKey, String data) {

    @Override
    public String toString() {
        return "BatchItem[" + idempotencyKey + "]";
    }
}
