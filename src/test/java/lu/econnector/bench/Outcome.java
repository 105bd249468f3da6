package lu.econnector.bench;

/**
 * One document's fate in a benchmark: how long it took and, when it failed, why.
 *
 * @param error null for a document delivered as expected
 */
record Outcome(long nanos, String error) {

    static Outcome ok(long nanos) {
        return new Outcome(nanos, null);
    }

    static Outcome failed(long nanos, String error) {
        return new Outcome(nanos, error);
    }

    boolean failed() {
        return error != null;
    }
}
