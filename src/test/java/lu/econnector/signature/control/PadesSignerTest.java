package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import lu.econnector.signature.entity.SignatureReport;
import lu.econnector.signature.entity.SignatureSettings;
import lu.econnector.signature.entity.SignatureSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PadesSignerTest {

    static LocalKms kms;
    static SignatureValidator validator;
    static byte[] feeNote;

    PadesSigner cut = new PadesSigner(kms.anchors(),
            new SignatureSettings("Mémoire d'honoraires", "Luxembourg", true), Clock.systemUTC(), kms.crls());

    @BeforeAll
    static void sandbox() throws Exception {
        kms = new LocalKms();
        validator = new SignatureValidator(List.of(kms.ca().root().certificate()),
                new DistributionPointCrlSource(new CrlsByUrl(kms.ca())));
        feeNote = SampleDocuments.feeNote();
    }

    @Test
    void signedFeeNoteValidatesAsPadesBaselineTWithTotalPassed() {
        byte[] signed = kms.sign(cut, feeNote, "dr.muller");

        SignatureReport report = validator.validate(signed);

        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.level()).isEqualTo("PAdES-BASELINE-T");
            assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(signature.subIndication()).isNull();
            assertThat(signature.signer()).isEqualTo("Dr Anne Muller");
            assertThat(signature.signingTime()).isNotNull();
            assertThat(signature.timestampTime()).isNotNull();
            assertThat(signature.errors()).isEmpty();
        });
    }

    @Test
    void signingIsAnIncrementalUpdateOfTheOriginal() {
        byte[] signed = kms.sign(cut, feeNote, "dr.muller");

        assertThat(Arrays.copyOf(signed, feeNote.length)).isEqualTo(feeNote);
    }

    @Test
    void secondSignatureByAnotherProfessionalKeepsBothValid() {
        byte[] once = kms.sign(cut, feeNote, "dr.muller");
        byte[] twice = kms.sign(cut, once, "dr.weber");

        SignatureReport report = validator.validate(twice);

        assertThat(report.valid()).as(report.toString()).isTrue();
        assertThat(report.signatures()).extracting(SignatureSummary::signer)
                .containsExactlyInAnyOrder("Dr Anne Muller", "Dr Paul Weber");
        assertThat(report.signatures()).extracting(SignatureSummary::level)
                .containsOnly("PAdES-BASELINE-T");
    }

    @Test
    void invisibleSignatureValidatesToo() {
        PadesSigner invisible = new PadesSigner(kms.anchors(), new SignatureSettings("r", "l", false),
                Clock.systemUTC(), kms.crls());

        byte[] signed = kms.sign(invisible, feeNote, "dr.muller");

        assertThat(validator.validate(signed).valid()).isTrue();
    }

    @Test
    void withoutTheCasCrlsTheValidationIsIndeterminate() {
        byte[] signed = kms.sign(cut, feeNote, "dr.muller");
        SignatureValidator noCrls = new SignatureValidator(List.of(kms.ca().root().certificate()),
                (certificate, issuer) -> null);

        SignatureReport report = noCrls.validate(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).singleElement()
                .extracting(SignatureSummary::indication).isEqualTo("INDETERMINATE");
    }

    @Test
    void aRootThatIsNotTrustedFailsTheValidation() throws Exception {
        byte[] signed = kms.sign(cut, feeNote, "dr.muller");
        SignatureValidator otherRoot = new SignatureValidator(List.of(new LocalKms().ca().root().certificate()),
                new DistributionPointCrlSource(new CrlsByUrl(kms.ca())));

        assertThat(otherRoot.validate(signed).valid()).isFalse();
    }

    @Test
    void anUnsignedPdfIsNotValid() {
        SignatureReport report = validator.validate(feeNote);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).isEmpty();
    }

    @Test
    void aFeeNoteSignedTwiceStaysWithinTheLimitsOnUploadedPdfs() {
        byte[] twice = cut.sign(cut.sign(feeNote, LocalKms.psCode("dr.muller"), kms.keyOf("dr.muller"), kms.timestamps()),
                LocalKms.psCode("dr.weber"), kms.keyOf("dr.weber"), kms.timestamps());

        assertThatCode(() -> PdfInspection.inspect(twice, PdfInspectionTest.DEFAULTS)).doesNotThrowAnyException();
    }

    @Test
    void aValidationHeldUpByItsCrlSourceIsCutAtTheDeadline() {
        byte[] signed = cut.sign(feeNote, LocalKms.psCode("dr.muller"), kms.keyOf("dr.muller"), kms.timestamps());
        CountDownLatch release = new CountDownLatch(1);
        CRLSource deafAndSlow = (certificate, issuer) -> {
            awaitDeafToInterrupts(release);
            return null;
        };
        SignatureValidator held = new SignatureValidator(List.of(kms.ca().root().certificate()), deafAndSlow);
        long start = System.nanoTime();

        try (ValidationDeadline deadline = new ValidationDeadline(1, Duration.ofMillis(300))) {
            assertThatThrownBy(() -> deadline.run(() -> held.validate(signed)))
                    .isInstanceOf(ValidationTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        } finally {
            release.countDown();
        }
    }

    /** As DSS is: an interrupt does not stop it. */
    private static void awaitDeafToInterrupts(CountDownLatch release) {
        boolean released = false;
        while (!released) {
            try {
                released = release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException deaf) {
                // carries on
            }
        }
    }
}
