package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/** A PDF to sign that cannot be parsed: the caller's document, so 422 (docs/api.md), never 500. */
public class UnreadablePdfException extends ProblemException {

    public UnreadablePdfException(Throwable cause) {
        super(ProblemType.UNREADABLE_PDF, "The PDF cannot be read: it is broken, "
                + "encrypted or not a PDF.", null, null, cause);
    }
}
