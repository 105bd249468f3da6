package lu.econnector.pipeline.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lu.econnector.platform.ProblemType;
import lu.econnector.signature.entity.SignatureSummary;
import org.junit.jupiter.api.Test;

/** Which PDFs may be deposited in dr.muller's name, from what the validator says of their signatures. */
class ProfessionalSignatureRuleTest {

    private static final String MULLER = "90812100";
    private static final String WEBER = "90812201";

    private static SignatureSummary signature(String serialNumber, String indication, boolean coversWholeDocument) {
        return new SignatureSummary("S-1", "Dr X", null, null, "PAdES-BASELINE-T", indication,
                "TOTAL_PASSED".equals(indication) ? null : "NO_CERTIFICATE_CHAIN_FOUND", List.of(), serialNumber,
                coversWholeDocument, false);
    }

    @Test
    void aValidSignatureOfTheProfessionalOverTheWholeDocumentPasses() {
        assertThatCode(() -> ProfessionalSignatureRule.require(List.of(signature(MULLER, "TOTAL_PASSED", true)),
                MULLER)).doesNotThrowAnyException();
    }

    @Test
    void anUnsignedPdfIsRefused() {
        assertThatThrownBy(() -> ProfessionalSignatureRule.require(List.of(), MULLER))
                .isInstanceOf(DepositRefusedException.class)
                .hasMessageContaining("no signature")
                .extracting("type").isEqualTo(ProblemType.DOCUMENT_NOT_SIGNED);
    }

    @Test
    void aPdfSignedOnlyByAnotherProfessionalIsRefused() {
        assertThatThrownBy(() -> ProfessionalSignatureRule.require(List.of(signature(WEBER, "TOTAL_PASSED", true),
                signature(null, "INDETERMINATE", false)), MULLER))
                .extracting("type").isEqualTo(ProblemType.SIGNED_BY_ANOTHER_PROFESSIONAL);
    }

    @Test
    void theProfessionalsSignatureThatDssDoesNotPassIsRefusedWithDssVerdict() {
        assertThatThrownBy(() -> ProfessionalSignatureRule.require(List.of(signature(MULLER, "INDETERMINATE", true)),
                MULLER))
                .hasMessageContaining("INDETERMINATE (NO_CERTIFICATE_CHAIN_FOUND)")
                .extracting("type").isEqualTo(ProblemType.SIGNATURE_NOT_VALID);
    }

    @Test
    void theProfessionalsValidSignatureFollowedByChangesIsRefused() {
        assertThatThrownBy(() -> ProfessionalSignatureRule.require(List.of(signature(MULLER, "TOTAL_PASSED", false)),
                MULLER))
                .hasMessageContaining("does not cover the whole document")
                .extracting("type").isEqualTo(ProblemType.SIGNATURE_DOES_NOT_COVER_DOCUMENT);
    }

    /** Another's later signature covers what dr.muller signed: his own does not cover the whole file. */
    @Test
    void aCountersignatureByAnotherAfterTheProfessionalsIsRefused() {
        assertThatThrownBy(() -> ProfessionalSignatureRule.require(List.of(signature(MULLER, "TOTAL_PASSED", false),
                signature(WEBER, "TOTAL_PASSED", true)), MULLER))
                .extracting("type").isEqualTo(ProblemType.SIGNATURE_DOES_NOT_COVER_DOCUMENT);
    }

    @Test
    void oneGoodSignatureOfTheProfessionalAmongOthersSuffices() {
        assertThatCode(() -> ProfessionalSignatureRule.require(List.of(signature(WEBER, "TOTAL_PASSED", false),
                signature(MULLER, "INDETERMINATE", false), signature(MULLER, "TOTAL_PASSED", true)), MULLER))
                .doesNotThrowAnyException();
    }
}
