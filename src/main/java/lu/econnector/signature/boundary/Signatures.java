package lu.econnector.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lu.econnector.auth.entity.Professional;
import lu.econnector.signature.control.DocumentSigning;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/** The signing the endpoints share, with the bulkhead's refusal made a problem. */
@ApplicationScoped
public class Signatures {

    @Inject
    DocumentSigning signing;

    public byte[] sign(byte[] pdf, Professional professional) {
        try {
            return signing.sign(pdf, professional);
        } catch (BulkheadException full) {
            throw DocumentSigning.busy(full);
        }
    }
}
