package lu.econnector.signature.entity;

import java.util.List;

/**
 * The validation of a signed PDF: every signature it holds, and {@code valid} when there is
 * at least one and all of them passed.
 */
public record SignatureReport(boolean valid, List<SignatureSummary> signatures) {

    public SignatureReport {
        signatures = List.copyOf(signatures);
    }

    public static SignatureReport of(List<SignatureSummary> signatures) {
        return new SignatureReport(!signatures.isEmpty() && signatures.stream().allMatch(SignatureSummary::passed),
                signatures);
    }
}
