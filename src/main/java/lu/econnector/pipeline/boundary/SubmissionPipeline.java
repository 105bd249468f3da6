package lu.econnector.pipeline.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import lu.econnector.platform.Sha256;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.control.Depositor;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.signature.control.DocumentSigning;
import lu.econnector.template.control.DocumentPreview;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.entity.TemplatePackage;

/**
 * The whole pipeline for one document: render with the active version
 * of the template, sign through the KMS, deposit on mySecu. Each stage is timed and counted
 * ({@code Activity}). No transaction: nothing here is transactional, and a JTA timeout must
 * not cut a slow upstream short (their own timeouts do).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubmissionPipeline {

    @Inject
    TemplateCatalog catalog;

    @Inject
    DocumentPreview preview;

    @Inject
    DocumentSigning signing;

    @Inject
    Depositor depositor;

    public SubmissionReceipt submit(String templateId, String body, Professional professional, String messageId) {
        TemplatePackage template = catalog.template(templateId);
        byte[] signed = signing.sign(preview.render(template, body, professional), professional);
        return deposit(template.id(), template.version().toString(), signed, professional, messageId, true);
    }

    /** A PDF the vendor made and signed: deposited as it is. */
    public SubmissionReceipt deposit(String templateId, String templateVersion, byte[] signedPdf,
                                     Professional professional, String messageId) {
        return deposit(templateId, templateVersion, signedPdf, professional, messageId, false);
    }

    /**
     * When mySecu had the message id already, its answer is the first one: the receipt then says
     * so and carries nothing of this call's PDF, which mySecu did not take.
     */
    private SubmissionReceipt deposit(String templateId, String templateVersion, byte[] pdf, Professional professional,
                                      String messageId, boolean returnDocument) {
        String sha256 = Sha256.hex(pdf);
        DepositReceipt receipt = depositor.deposit(professional, new DepositRequest(messageId,
                templateId.toUpperCase(Locale.ROOT) + ".DEPOSIT", templateId, templateVersion, pdf,
                Map.of("psCode", professional.psCode(), "sha256", sha256)));
        if (receipt.replayed()) {
            return SubmissionReceipt.replayed(receipt.messageId(), receipt.reference(), receipt.receivedAt());
        }
        return new SubmissionReceipt(receipt.messageId(), receipt.reference(), receipt.receivedAt(), false, templateId,
                templateVersion, sha256, returnDocument ? Base64.getEncoder().encodeToString(pdf) : null);
    }
}
