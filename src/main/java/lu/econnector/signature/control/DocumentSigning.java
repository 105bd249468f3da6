package lu.econnector.signature.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import lu.econnector.activity.control.Activity;
import lu.econnector.activity.entity.Stage;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.entity.EconnectorConfig;
import lu.econnector.config.entity.PadesLevel;
import lu.econnector.signature.entity.SignatureSettings;
import lu.econnector.upstream.control.UpstreamFailure;
import lu.econnector.upstream.control.UpstreamHttp;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * Signs a PDF in the professional's name through the KMS. The
 * bulkhead bounds the signatures in progress, so that a slow KMS holds at most that many
 * request threads and the server keeps answering everything else; a call beyond it gets a
 * 503 at once (the exception mapper's, with {@code Retry-After}) rather than a place in a
 * queue that would only grow.
 */
@ApplicationScoped
public class DocumentSigning {

    static final int MAX_CONCURRENT_SIGNATURES = 16;

    @Inject
    EconnectorConfig config;

    @Inject
    KmsTrust trust;

    @Inject
    UpstreamHttp upstreamHttp;

    @Inject
    KmsClient kms;

    @Inject
    Activity activity;

    @Inject
    SigningCertificates certificates;

    private PadesSigner signer;

    @PostConstruct
    void createSigner() {
        EconnectorConfig.Signature settings = config.signature();
        UpstreamDataLoader loader = new UpstreamDataLoader(upstreamHttp, config.limits().readTimeout());
        signer = new PadesSigner(trust.anchors(), new SignatureSettings(settings.reason(), settings.location(),
                settings.visible(), settings.level()), Clock.systemUTC(), TruststoreVerifier.crls(trust.anchors(), loader));
    }

    /** The level every signature is made at ({@code SIGNATURE_LEVEL}). */
    public PadesLevel level() {
        return config.signature().level();
    }

    /** @return the signed PDF (at {@link #level()}), the original bytes kept as they were */
    @Bulkhead(MAX_CONCURRENT_SIGNATURES)
    public byte[] sign(byte[] pdf, Professional professional) {
        KmsSession session = new KmsSession(kms, professional.accessToken());
        RemoteKey key = new CachedChainKey(session, () -> certificates.keptChain(professional));
        try {
            return activity.stage(Stage.SIGN, () -> signer.sign(pdf, professional.psCode(), key, session));
        } catch (UpstreamFailure e) {
            if (e.kind() == UpstreamFailure.Kind.BAD_ANSWER) {
                // The kept chain may be the cause: renewed at the KMS since it was kept.
                certificates.forget(professional);
            }
            throw e;
        } catch (KmsRefusalException e) {
            // The kept chain stands for a professional the KMS now refuses.
            certificates.forget(professional);
            throw e;
        }
    }
}
