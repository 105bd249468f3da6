package lu.econnector.it;

/**
 * One cell of the fault matrix as run: what was expected and what was seen.
 *
 * @param answerMillis   how long the request took; for a background path, how long until the
 *                       status showed the failure
 * @param deadlineMillis the bound the answer had to come within
 * @param seen           the upstream's row in {@code /econnector/status} and readiness's code
 * @param recoveryMillis from the fault's end to the first good answer with every upstream up
 * @param failures       empty when the cell passed
 */
record FaultMatrixRow(String operation, String fault, String expected, String observed, long answerMillis,
                      long deadlineMillis, String seen, long recoveryMillis, String failures) {

    boolean passed() {
        return failures.isEmpty();
    }
}
