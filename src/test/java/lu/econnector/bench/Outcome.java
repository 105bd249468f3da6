package lu.econnector.bench;

/**
 * One request's fate in a benchmark: how long it took, how many documents it delivered (one,
 * or a batch's accepted items) and, when it failed, why.
 *
 * @param error null for a request delivered as expected
 */
record Outcome(long nanos, String error, int documents) {

    static Outcome ok(long nanos) {
        return new Outcome(nanos, null, 1);
    }

    /** A request that delivered several documents at once (a batch). */
    static Outcome ok(long nanos, int documents) {
        return new Outcome(nanos, null, documents);
    }

    static Outcome failed(long nanos, String error) {
        return new Outcome(nanos, error, 0);
    }

    boolean failed() {
        return error != null;
    }
}
