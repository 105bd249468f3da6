package lu.econnector.config.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How long a signature stays verifiable (ETSI EN 319 142-1 section 6): T carries a
 * signature timestamp; LT adds the validation data of the signer's and the timestamp's
 * chains (certificates and CRLs, in the PDF's DSS dictionary), so that it verifies offline;
 * LTA then adds a document timestamp over it all, which can be renewed before its algorithms
 * weaken.
 */
public enum PadesLevel {
    T("PAdES-BASELINE-T"),
    LT("PAdES-BASELINE-LT"),
    LTA("PAdES-BASELINE-LTA");

    private final String etsiName;

    PadesLevel(String etsiName) {
        this.etsiName = etsiName;
    }

    /** As ETSI and DSS write it, and as {@code SIGNATURE_LEVEL} takes it. */
    public String etsiName() {
        return etsiName;
    }

    public boolean longTerm() {
        return this != T;
    }

    public static Optional<PadesLevel> named(String etsiName) {
        return Arrays.stream(values()).filter(level -> level.etsiName.equals(etsiName)).findFirst();
    }
}
