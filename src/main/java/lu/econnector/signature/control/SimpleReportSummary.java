package lu.econnector.signature.control;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import lu.econnector.signature.entity.SignatureSummary;

/** One signature of DSS's reports, in our terms. */
final class SimpleReportSummary {

    /** DSS gives these formats only when the validation data is in the document (ETSI EN 319 142-1 6.3). */
    private static final Set<SignatureLevel> LONG_TERM_LEVELS =
            Set.of(SignatureLevel.PAdES_BASELINE_LT, SignatureLevel.PAdES_BASELINE_LTA);

    private SimpleReportSummary() {
    }

    /** @param documentLength the size of the validated file, which a covering byte range must reach */
    static SignatureSummary of(Reports reports, String id, long documentLength) {
        SimpleReport report = reports.getSimpleReport();
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        SignatureLevel format = report.getSignatureFormat(id);
        return new SignatureSummary(id, report.getSignedBy(id), instant(report.getSigningTime(id)),
                firstTimestamp(report, id),
                format == null ? null : format.toString(),
                String.valueOf(report.getIndication(id)),
                report.getSubIndication(id) == null ? null : report.getSubIndication(id).name(),
                report.getAdESValidationErrors(id).stream().map(Message::getValue).toList(),
                signerSerialNumber(signature), coversWholeDocument(signature, documentLength),
                LONG_TERM_LEVELS.contains(format));
    }

    private static String signerSerialNumber(SignatureWrapper signature) {
        CertificateWrapper signer = signature == null ? null : signature.getSigningCertificate();
        return signer == null ? null : signer.getSubjectSerialNumber();
    }

    /**
     * A byte range {@code [0 a b c]} covers the file when it starts at its first byte and ends
     * at its last: only the signature's own /Contents hole is left out (ISO 32000-1 12.8.1).
     */
    private static boolean coversWholeDocument(SignatureWrapper signature, long documentLength) {
        PDFRevisionWrapper revision = signature == null ? null : signature.getPDFRevision();
        if (revision == null || !revision.isSignatureByteRangeValid()) {
            return false;
        }
        List<BigInteger> range = revision.getSignatureByteRange();
        return range.size() == 4 && range.get(0).signum() == 0
                && range.get(2).add(range.get(3)).equals(BigInteger.valueOf(documentLength));
    }

    private static Instant firstTimestamp(SimpleReport report, String id) {
        List<XmlTimestamp> timestamps = report.getSignatureTimestamps(id);
        return timestamps.isEmpty() ? null : instant(timestamps.get(0).getProductionTime());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
