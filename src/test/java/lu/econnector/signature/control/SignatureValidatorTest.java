package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.util.List;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.signature.entity.SignatureReport;
import lu.econnector.signature.entity.SignatureSummary;
import lu.econnector.signature.entity.SignatureSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the validator tells of each signature besides DSS's verdict: whose it is, and what it covers. */
class SignatureValidatorTest {

    static LocalKms kms;
    static SignatureValidator cut;
    static byte[] feeNote;

    PadesSigner signer = new PadesSigner(kms.anchors(), new SignatureSettings("r", "l", true), Clock.systemUTC(), kms.crls());

    @BeforeAll
    static void sandbox() throws Exception {
        kms = new LocalKms();
        cut = new SignatureValidator(List.of(kms.ca().root().certificate()),
                new DistributionPointCrlSource(new CrlsByUrl(kms.ca())));
        feeNote = SampleDocuments.feeNote();
    }

    @Test
    void aSignatureNamesItsSignersSerialNumberAndCoversTheWholeDocument() {
        SignatureReport report = cut.validate(kms.sign(signer, feeNote, "dr.muller"));

        assertThat(report.signatures()).singleElement()
                .extracting(SignatureSummary::signerSerialNumber, SignatureSummary::coversWholeDocument)
                .containsExactly("90812100", true);
    }

    @Test
    void eachSignatureSaysWhetherTheDocumentCarriesWhatAnOfflineVerificationNeeds() {
        byte[] atT = kms.sign(signer, feeNote, "dr.muller");
        PadesSigner longTerm = kms.signer(new SignatureSettings("r", "l", false, PadesLevel.LTA));

        SignatureReport report = cut.validate(kms.sign(longTerm, atT, "dr.weber"));

        // The LTA revision embeds the CAs' and the TSA's CRLs, which cover dr.muller's signature too.
        assertThat(report.signatures())
                .extracting(SignatureSummary::signerSerialNumber, SignatureSummary::level,
                        SignatureSummary::validationDataEmbedded)
                .containsExactlyInAnyOrder(tuple("90812100", "PAdES-BASELINE-LTA", true),
                        tuple("90812201", "PAdES-BASELINE-LTA", true));
        assertThat(cut.validate(atT).signatures()).singleElement()
                .extracting(SignatureSummary::level, SignatureSummary::validationDataEmbedded)
                .containsExactly("PAdES-BASELINE-T", false);
    }

    @Test
    void ofTwoSignaturesOnlyTheLaterCoversTheWholeDocument() {
        byte[] twice = kms.sign(signer, kms.sign(signer, feeNote, "dr.muller"), "dr.weber");

        SignatureReport report = cut.validate(twice);

        assertThat(report.signatures())
                .extracting(SignatureSummary::signerSerialNumber, SignatureSummary::coversWholeDocument)
                .containsExactlyInAnyOrder(tuple("90812100", false), tuple("90812201", true));
    }

    /** The attack on /deposits: the signature stays valid over its bytes, the document says something else. */
    @Test
    void aSignatureFollowedByAnIncrementalUpdateNoLongerCoversTheWholeDocument() throws Exception {
        byte[] signed = kms.sign(signer, feeNote, "dr.muller");
        byte[] changed = IncrementalUpdate.retitled(signed, "Altered after signing");

        SignatureReport report = cut.validate(changed);

        assertThat(changed.length).isGreaterThan(signed.length);
        assertThat(report.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.signerSerialNumber()).isEqualTo("90812100");
            assertThat(signature.coversWholeDocument()).isFalse();
        });
    }
}
