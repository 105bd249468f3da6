package lu.econnector.pipeline.control;

import java.util.List;
import lu.econnector.platform.FieldError;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * A batch whose shape is wrong, so that no item can be told from another: not a JSON object
 * with 1 to {@code max} items, each an object whose {@code idempotencyKey}, when present, is a
 * string. A 422 listing every such error at its JSON Pointer. An item's own data is judged as a
 * single submission's, in that item's outcome.
 */
public class InvalidBatchException extends ProblemException {

    public InvalidBatchException(List<FieldError> errors) {
        super(ProblemType.INVALID_BATCH, "The batch is not {\"items\":[{\"idempotencyKey\":\"…\","
                + "\"data\":{…}}, …]} with 1 to " + BatchSubmissions.MAX_ITEMS + " items: " + errors.size()
                + (errors.size() == 1 ? " error." : " errors."), null, errors, null);
    }
}
