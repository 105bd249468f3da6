package lu.econnector.signature.control;

import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import lu.econnector.signature.entity.SignatureSummary;

/** One signature of DSS's simple report, in our terms. */
final class SimpleReportSummary {

    private SimpleReportSummary() {
    }

    static SignatureSummary of(SimpleReport report, String id) {
        return new SignatureSummary(id, report.getSignedBy(id), instant(report.getSigningTime(id)),
                firstTimestamp(report, id),
                report.getSignatureFormat(id) == null ? null : report.getSignatureFormat(id).toString(),
                String.valueOf(report.getIndication(id)),
                report.getSubIndication(id) == null ? null : report.getSubIndication(id).name(),
                report.getAdESValidationErrors(id).stream().map(Message::getValue).toList());
    }

    private static Instant firstTimestamp(SimpleReport report, String id) {
        List<XmlTimestamp> timestamps = report.getSignatureTimestamps(id);
        return timestamps.isEmpty() ? null : instant(timestamps.get(0).getProductionTime());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
