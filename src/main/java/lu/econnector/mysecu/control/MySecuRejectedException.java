package lu.econnector.mysecu.control;

import java.util.List;
import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * mySecu answered {@code REJECTED}: it received the document and refuses it, for the reasons
 * its codes give ({@code codes} in the problem). 422: the document is what is refused.
 */
public class MySecuRejectedException extends ProblemException {

    public MySecuRejectedException(List<String> codes) {
        super(ProblemType.DEPOSIT_REJECTED, "mySecu rejected the deposit: "
                + String.join(", ", codes), "mysecu", null, null);
        withCodes(codes);
    }
}
