package lu.econnector.pipeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import lu.econnector.platform.Sha256;
import lu.econnector.auth.entity.Professional;
import lu.econnector.mysecu.control.Depositor;
import lu.econnector.mysecu.entity.DepositReceipt;
import lu.econnector.mysecu.entity.DepositRequest;
import lu.econnector.pipeline.entity.MessageId;
import lu.econnector.pipeline.entity.SubmissionReceipt;
import lu.econnector.template.entity.TemplateReference;

/**
 * The deposit stage: a signed PDF put on mySecu in the professional's name, filed under its
 * template's document type ({@code MH.DEPOSIT}, {@code PID.DEPOSIT}, {@code ECIT.DEPOSIT}).
 */
@ApplicationScoped
public class Deposit {

    @Inject
    Depositor depositor;

    /**
     * When mySecu had the message id already, its answer is the first one: the receipt then says
     * so and carries nothing of this call's PDF, which mySecu did not take.
     */
    public SubmissionReceipt deposit(TemplateReference template, byte[] signedPdf, Professional professional,
                                     MessageId messageId) {
        String templateId = template.id();
        String version = template.version().toString();
        String sha256 = Sha256.hex(signedPdf);
        DepositReceipt receipt = depositor.deposit(professional, new DepositRequest(messageId.value(),
                templateId.toUpperCase(Locale.ROOT) + ".DEPOSIT", templateId, version, signedPdf,
                Map.of("psCode", professional.psCode(), "sha256", sha256)));
        if (receipt.replayed()) {
            return SubmissionReceipt.replayed(receipt.messageId(), receipt.reference(), receipt.receivedAt());
        }
        return new SubmissionReceipt(receipt.messageId(), receipt.reference(), receipt.receivedAt(), false, templateId,
                version, sha256, null);
    }
}
