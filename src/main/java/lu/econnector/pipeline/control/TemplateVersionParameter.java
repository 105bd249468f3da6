package lu.econnector.pipeline.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;
import lu.econnector.template.entity.SemanticVersion;
import lu.econnector.template.entity.TemplatePackage;

/** The {@code templateVersion} a vendor names for a PDF it made: a version, or the active one's. */
public final class TemplateVersionParameter {

    private TemplateVersionParameter() {
    }

    /** @throws ProblemException 400 when it is not MAJOR.MINOR.PATCH */
    public static String resolve(String given, TemplatePackage active) {
        if (given == null || given.isBlank()) {
            return active.version().toString();
        }
        try {
            return SemanticVersion.parse(given).toString();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_TEMPLATE_VERSION,
                    "templateVersion must be MAJOR.MINOR.PATCH, e.g. 1.0.0");
        }
    }
}
