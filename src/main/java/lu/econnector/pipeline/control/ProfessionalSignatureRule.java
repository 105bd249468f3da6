package lu.econnector.pipeline.control;

import java.util.List;
import lu.econnector.signature.entity.SignatureSummary;

/**
 * What a PDF must carry to be deposited in a professional's name: at least one
 * signature that DSS passes ({@code TOTAL_PASSED}, with the configured trust), whose signing
 * certificate names the professional (subject serialNumber = ps_code), and which covers the
 * whole file. The last condition shuts out content appended after the signature in an
 * incremental update, which leaves the signature itself valid. A countersignature by someone
 * else after the professional's therefore also refuses the deposit: the professional deposits
 * what they signed last.
 */
final class ProfessionalSignatureRule {

    private ProfessionalSignatureRule() {
    }

    /** @throws DepositRefusedException saying which condition failed, the closest one to passing */
    static void require(List<SignatureSummary> signatures, String psCode) {
        if (signatures.isEmpty()) {
            throw DepositRefusedException.notSigned();
        }
        List<SignatureSummary> theirs = signatures.stream()
                .filter(signature -> psCode.equals(signature.signerSerialNumber())).toList();
        if (theirs.isEmpty()) {
            throw DepositRefusedException.signedByAnother(psCode);
        }
        List<SignatureSummary> valid = theirs.stream().filter(SignatureSummary::passed).toList();
        if (valid.isEmpty()) {
            throw DepositRefusedException.signatureNotValid(theirs.get(0).indication(), theirs.get(0).subIndication());
        }
        if (valid.stream().noneMatch(SignatureSummary::coversWholeDocument)) {
            throw DepositRefusedException.notCoveringWholeDocument();
        }
    }
}
