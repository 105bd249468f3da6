package lu.econnector.pipeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lu.econnector.auth.entity.Professional;
import lu.econnector.signature.control.SignatureValidation;
import lu.econnector.signature.control.ValidationDataUpdates;
import lu.econnector.template.control.XmpProvenance;
import lu.econnector.template.entity.TemplateReference;

/**
 * Before a vendor's PDF goes to mySecu in a professional's name: it must be signed by them
 * ({@link ProfessionalSignatureRule}, validated by DSS within the validation bulkhead; the
 * updates of a long-term signature, {@link ValidationDataUpdates}, set aside), and,
 * when it records the template it was rendered from, be of the template and version the
 * request names, so that mySecu files it under the right document type.
 */
@ApplicationScoped
public class DepositCheck {

    @Inject
    SignatureValidation validation;

    /** @throws DepositRefusedException 422 with the reason */
    public void check(byte[] pdf, Professional professional, TemplateReference template) {
        String templateId = template.id();
        String templateVersion = template.version().toString();
        // A long-term signature's validation data and document timestamp follow its byte range
        // without changing the document: the signature must cover what is left without them.
        byte[] signedContent = ValidationDataUpdates.withoutTrailing(pdf);
        ProfessionalSignatureRule.require(validation.validate(signedContent).signatures(), professional.psCode());
        // Read only from a document the professional is shown to have signed as it is.
        XmpProvenance.of(signedContent).filter(made -> !made.matches(templateId, templateVersion)).ifPresent(made -> {
            throw DepositRefusedException.templateMismatch(made, templateId, templateVersion);
        });
    }
}
