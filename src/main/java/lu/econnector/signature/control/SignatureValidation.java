package lu.econnector.signature.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.signature.entity.KmsTrustAnchors;
import lu.econnector.signature.entity.SignatureReport;
import lu.econnector.upstream.control.UpstreamHttp;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * Validates signed PDFs with DSS against the truststore: its roots are the trust anchors, and
 * its CAs' CRLs are fetched at their distribution points. A validation costs tens of MB and
 * of milliseconds (docs/verified-facts.md), hence a small bulkhead; and each runs within
 * {@code VALIDATION_TIMEOUT_MS} ({@link ValidationDeadline}).
 */
@ApplicationScoped
public class SignatureValidation {

    static final int MAX_CONCURRENT_VALIDATIONS = 4;

    @Inject
    EconnectorConfig config;

    @Inject
    UpstreamHttp upstreamHttp;

    @Inject
    KmsTrust kmsTrust;

    private SignatureValidator validator;
    private ValidationDeadline deadline;

    @PostConstruct
    void createValidator() {
        KmsTrustAnchors anchors = kmsTrust.anchors();
        UpstreamDataLoader crls = new UpstreamDataLoader(upstreamHttp, config.limits().readTimeout());
        validator = new SignatureValidator(anchors.roots(), TruststoreVerifier.crls(anchors, crls));
        deadline = new ValidationDeadline(MAX_CONCURRENT_VALIDATIONS, config.limits().pdf().validationTimeout());
    }

    @PreDestroy
    void stopWorkers() {
        deadline.close();
    }

    @Bulkhead(MAX_CONCURRENT_VALIDATIONS)
    public SignatureReport validate(byte[] pdf) {
        return deadline.run(() -> validator.validate(pdf));
    }
}
