package lu.econnector.signature.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.util.List;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.signature.entity.SignatureSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LT and LTA signatures verify offline, trusting the sandbox root only. */
class LongTermSignatureTest {

    static LocalKms kms;
    static byte[] feeNote;

    @BeforeAll
    static void sandbox() throws Exception {
        kms = new LocalKms();
        feeNote = SampleDocuments.feeNote();
    }

    private static byte[] signedAt(PadesLevel level) {
        return kms.sign(kms.signer(new SignatureSettings("Mémoire d'honoraires", "Luxembourg", true, level)),
                feeNote, "dr.muller");
    }

    private static Reports offline(byte[] pdf) {
        return OfflineValidator.validate(pdf, kms.ca().root().certificate());
    }

    @Test
    void aTSignatureIsIndeterminateOfflineAsTheIssueFound() {
        SimpleReport report = offline(signedAt(PadesLevel.T)).getSimpleReport();

        assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void anLtSignatureValidatesOfflineAsPadesBaselineLtWithItsTimestampPassed() {
        Reports reports = offline(signedAt(PadesLevel.LT));
        SimpleReport report = reports.getSimpleReport();
        String id = report.getFirstSignatureId();

        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(report.getIndication(id)).as(report.getAdESValidationErrors(id).toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(timestamps(reports)).extracting(TimestampWrapper::getType)
                .containsExactly(TimestampType.SIGNATURE_TIMESTAMP);
        assertEveryTimestampPassed(reports);
    }

    @Test
    void anLtaSignatureValidatesOfflineAsPadesBaselineLtaWithEveryTimestampPassed() {
        Reports reports = offline(signedAt(PadesLevel.LTA));
        SimpleReport report = reports.getSimpleReport();
        String id = report.getFirstSignatureId();

        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_LTA);
        assertThat(report.getIndication(id)).as(report.getAdESValidationErrors(id).toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(timestamps(reports)).extracting(TimestampWrapper::getType)
                .containsExactlyInAnyOrder(TimestampType.SIGNATURE_TIMESTAMP, TimestampType.DOCUMENT_TIMESTAMP);
        assertEveryTimestampPassed(reports);
    }

    /** A CA's CRL out of reach: an LT signature would not verify offline, so none is given. */
    @Test
    void withoutTheCasCrlsAnLtSignatureIsABadGatewayNamingTheCrls() {
        PadesSigner blind = new PadesSigner(kms.anchors(), new SignatureSettings("r", "l", false, PadesLevel.LT),
                java.time.Clock.systemUTC(), (certificate, issuer) -> null);

        ValidationDataUnavailableException refused = catchThrowableOfType(ValidationDataUnavailableException.class,
                () -> kms.sign(blind, feeNote, "dr.muller"));

        assertThat(refused).as("signed without the CAs' CRLs").isNotNull();
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.upstream()).isEqualTo("crl");
        assertThat(refused).hasMessageStartingWith("The validation data that PAdES-BASELINE-LT embeds could not be "
                + "gathered from the truststore CAs: ");
    }

    private static List<TimestampWrapper> timestamps(Reports reports) {
        return reports.getDiagnosticData().getTimestampList();
    }

    private static void assertEveryTimestampPassed(Reports reports) {
        assertThat(timestamps(reports)).allSatisfy(timestamp -> assertThat(
                reports.getSimpleReport().getIndication(timestamp.getId()))
                .as(timestamp.getType() + " " + reports.getSimpleReport().getAdESValidationErrors(timestamp.getId()))
                .isEqualTo(Indication.PASSED));
    }
}
