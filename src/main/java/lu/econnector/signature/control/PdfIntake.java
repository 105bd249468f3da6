package lu.econnector.signature.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.signature.entity.PdfLimits;

/**
 * A vendor's PDF, checked before anything is asked of the KMS or of DSS: it must parse, must
 * not be encrypted (a signature over an encrypted file would bind what nobody can read), and
 * must stay within the limits on the work it may cause ({@link PdfInspection}). Anything else
 * is the caller's to fix: 422, never 500. The size was bounded on the way in
 * ({@code MAX_REQUEST_BODY_BYTES}); the uploads parsed at once are bounded here
 * ({@link IntakeGate}), before the parse.
 */
@ApplicationScoped
public class PdfIntake {

    @Inject
    EconnectorConfig config;

    private IntakeGate gate;
    private PdfLimits limits;

    @PostConstruct
    void createGate() {
        limits = limits(config);
        gate = new IntakeGate(config.limits().pdf().maxConcurrentIntakes());
    }

    private static PdfLimits limits(EconnectorConfig config) {
        EconnectorConfig.Pdf pdf = config.limits().pdf();
        return new PdfLimits(pdf.maxDecodedBytes(), pdf.maxPages(), pdf.maxObjects(), pdf.maxRevisions(),
                pdf.validationTimeout());
    }

    /**
     * @return the PDF as received
     * @throws UnreadablePdfException    when it is not a readable, unencrypted PDF
     * @throws PdfLimitExceededException when it is beyond one of the limits
     */
    public byte[] check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new UnreadablePdfException(null);
        }
        return gate.through(() -> {
            PdfInspection.inspect(pdf, limits);
            return pdf;
        });
    }
}
