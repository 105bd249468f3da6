package lu.econnector.template.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;

/**
 * A template package that breaks the package rules (docs/upstreams.md section 3). It comes from
 * iHUB (the bundled ones are checked by the build), hence a bad upstream answer: 502.
 */
public class InvalidTemplatePackageException extends ProblemException {

    public InvalidTemplatePackageException(String detail) {
        this(detail, null);
    }

    public InvalidTemplatePackageException(String detail, Throwable cause) {
        super(ProblemType.INVALID_TEMPLATE_PACKAGE, detail, "ihub", null, cause);
    }
}
