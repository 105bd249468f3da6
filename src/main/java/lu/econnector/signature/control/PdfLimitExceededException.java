package lu.econnector.signature.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * An uploaded PDF beyond one of the limits on the work it may cause: the caller's document, so
 * 422. The detail names the limit and its setting, never anything of the document's content.
 */
public class PdfLimitExceededException extends ProblemException {

    public PdfLimitExceededException(String detail) {
        super(ProblemType.PDF_LIMIT_EXCEEDED, detail);
    }
}
