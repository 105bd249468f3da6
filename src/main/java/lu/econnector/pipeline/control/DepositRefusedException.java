package lu.econnector.pipeline.control;

import lu.econnector.platform.ProblemException;
import lu.econnector.platform.ProblemType;
import lu.econnector.template.entity.TemplateProvenance;

/**
 * A PDF that {@code /deposits} will not put on mySecu in the professional's name: it does not
 * carry a valid signature of theirs over all of it, or it was made with another template than
 * the request says. The caller's document: 422, with the reason. The detail names codes,
 * template ids and DSS's verdict, never anything of the document's content.
 */
public class DepositRefusedException extends ProblemException {

    private static final String SIGN_FIRST = " POST /econnector/api/v1/signatures signs a PDF in the professional's "
            + "name.";

    private DepositRefusedException(ProblemType type, String detail) {
        super(type, detail);
    }

    static DepositRefusedException notSigned() {
        return new DepositRefusedException(ProblemType.DOCUMENT_NOT_SIGNED,
                "The PDF carries no signature: /deposits takes a PDF signed by the professional." + SIGN_FIRST);
    }

    static DepositRefusedException signedByAnother(String psCode) {
        return new DepositRefusedException(ProblemType.SIGNED_BY_ANOTHER_PROFESSIONAL, "The PDF is not signed by this "
                + "professional: no signature's certificate names ps_code " + psCode + "." + SIGN_FIRST);
    }

    static DepositRefusedException signatureNotValid(String indication, String subIndication) {
        return new DepositRefusedException(ProblemType.SIGNATURE_NOT_VALID,
                "The professional's signature is not valid: "
                + indication + (subIndication == null ? "" : " (" + subIndication + ")")
                + " with the eConnector's trust settings; POST /econnector/api/v1/validations tells more.");
    }

    static DepositRefusedException notCoveringWholeDocument() {
        return new DepositRefusedException(ProblemType.SIGNATURE_DOES_NOT_COVER_DOCUMENT,
                "The professional's signature "
                + "does not cover the whole document: the PDF was changed after it was signed.");
    }

    static DepositRefusedException templateMismatch(TemplateProvenance made, String templateId, String version) {
        return new DepositRefusedException(ProblemType.TEMPLATE_MISMATCH, "The PDF was made with template "
                + shown(made.templateId()) + " " + shown(made.templateVersion()) + ", not " + templateId + " "
                + version + " as the request says (templateId, templateVersion).");
    }

    /** The document's own words, reduced to what an id or a version may hold. */
    private static String shown(String text) {
        if (text == null) {
            return "(no version)";
        }
        String safe = text.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() <= 32 ? safe : safe.substring(0, 32) + "…";
    }
}
