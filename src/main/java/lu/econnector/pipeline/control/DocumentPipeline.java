package lu.econnector.pipeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import lu.econnector.platform.Sha256;
import lu.econnector.auth.entity.Professional;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.pipeline.entity.SignedDocument;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.signature.control.DocumentSigning;
import lu.econnector.signature.control.PdfIntake;
import lu.econnector.template.control.DocumentRendering;
import lu.econnector.template.control.TemplateCatalog;
import lu.econnector.template.entity.RenderedDocument;
import lu.econnector.template.entity.TemplateReference;

/**
 * The one path of a document: render with the active version of its template, sign in the
 * professional's name through the KMS, deposit on mySecu; each stage timed and counted by the
 * activity monitor. A preview stops after the first stage, a signed document after the second;
 * a vendor's own signed PDF joins at the third. A call with an {@code Idempotency-Key} runs once
 * ({@link IdempotentSubmissions}).
 *
 * <p>Plain CDI on the request's thread, without a transaction (nothing here is transactional,
 * and a transaction timeout must not cut a slow upstream short: their own deadlines do). The
 * signatures in progress are bounded where the KMS is called, the PDFs being read where they are
 * read ({@code DocumentSigning}, {@code PdfIntake}): a full bound answers 503 at once.
 */
@ApplicationScoped
public class DocumentPipeline {

    @Inject
    DocumentRendering rendering;

    @Inject
    DocumentSigning signing;

    @Inject
    Deposit deposit;

    @Inject
    IdempotentSubmissions idempotent;

    @Inject
    TemplateCatalog catalog;

    @Inject
    PdfIntake intake;

    @Inject
    DepositCheck depositCheck;

    public RenderedDocument render(String templateId, String data, Professional professional) {
        return rendering.render(templateId, data, professional);
    }

    public SignedDocument sign(String templateId, String data, Professional professional) {
        RenderedDocument rendered = rendering.render(templateId, data, professional);
        return new SignedDocument(rendered.template(), signing.level(), signing.sign(rendered.pdf(), professional));
    }

    /** Render, sign and deposit: the receipt carries the signed PDF mySecu took. */
    public SubmissionReceipt submit(String templateId, String data, Professional professional, MessageId messageId) {
        return once(messageId, () -> Sha256.hex((templateId + "\n" + data).getBytes(StandardCharsets.UTF_8)), () -> {
            SignedDocument signed = sign(templateId, data, professional);
            return deposit.deposit(signed.template(), signed.pdf(), professional, messageId).withDocument(signed.pdf());
        });
    }

    /**
     * A PDF the vendor made and had signed, deposited as it is once it is shown to be the
     * professional's, of the template it is filed under.
     *
     * @param templateVersion the version the vendor names, or null for the active one's
     */
    public SubmissionReceipt deposit(String templateId, String templateVersion, byte[] pdf, Professional professional,
                                     MessageId messageId) {
        TemplateReference template = TemplateVersionParameter.resolve(templateVersion,
                catalog.template(templateId == null ? "" : templateId));
        byte[] document = intake.check(pdf);
        depositCheck.check(document, professional, template);
        return once(messageId, () -> Sha256.hex(document),
                () -> deposit.deposit(template, document, professional, messageId));
    }

    private SubmissionReceipt once(MessageId messageId, Supplier<String> requestHash, Supplier<SubmissionReceipt> work) {
        return messageId.fromIdempotencyKey() ? idempotent.once(messageId.value(), requestHash.get(), work) : work.get();
    }
}
