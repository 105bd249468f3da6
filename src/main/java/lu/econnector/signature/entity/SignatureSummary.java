package lu.econnector.signature.entity;

import java.time.Instant;
import java.util.List;

/**
 * One signature of a validated PDF, as DSS's simple report tells it (ETSI EN 319 102-1
 * section 5.1.3 for the indications). Certificate names and times only: no document content.
 *
 * @param id            DSS's identifier of the signature in the report
 * @param signer        the signer's name (common name of the signing certificate)
 * @param signingTime   the signing time the signer claims, or null
 * @param timestampTime when the first signature timestamp was produced, or null (no T level)
 * @param level         the format reached, e.g. {@code PAdES-BASELINE-T}
 * @param indication    {@code TOTAL_PASSED}, {@code INDETERMINATE} or {@code TOTAL_FAILED}
 * @param subIndication why, when the indication is not {@code TOTAL_PASSED}; else null
 * @param errors        the validation errors DSS lists
 * @param signerSerialNumber  the serialNumber attribute (2.5.4.5) of the signing certificate's subject, which
 *                            carries the professional's ps_code in professional certificates; null when none
 * @param coversWholeDocument whether the signature's byte range spans the whole file (ISO 32000-1 section
 *                            12.8.1): false when anything, such as a later incremental update, follows it
 * @param validationDataEmbedded whether the document carries what verifying this signature offline needs,
 *                               years later: the certificates and revocation data of the signer's and the
 *                               timestamps' chains, which DSS recognises as PAdES-BASELINE-LT or -LTA
 */
public record SignatureSummary(String id, String signer, Instant signingTime, Instant timestampTime, String level,
                               String indication, String subIndication, List<String> errors,
                               String signerSerialNumber, boolean coversWholeDocument,
                               boolean validationDataEmbedded) {

    public SignatureSummary {
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return "TOTAL_PASSED".equals(indication);
    }
}
