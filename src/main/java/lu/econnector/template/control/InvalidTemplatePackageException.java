package lu.econnector.template.control;

import lu.econnector.problem.control.ProblemException;

/**
 * A template package that breaks the package rules (docs/upstreams.md section 3). It comes from
 * iHUB (the bundled ones are checked by the build), hence a bad upstream answer: 502.
 */
public class InvalidTemplatePackageException extends ProblemException {

    public InvalidTemplatePackageException(String detail) {
        this(detail, null);
    }

    public InvalidTemplatePackageException(String detail, Throwable cause) {
        super("invalid-template-package", "Invalid template package", 502, detail, "ihub", null, cause);
    }
}
