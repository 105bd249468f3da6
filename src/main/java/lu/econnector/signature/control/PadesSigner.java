package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSASN1Utils;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import lu.econnector.signature.entity.KmsTrustAnchors;
import lu.econnector.signature.entity.SignatureSettings;

/**
 * Signs a PDF as PAdES-BASELINE-T (ETSI EN 319 142-1 section 6.3) in the professional's name
 * with DSS's split API: {@code getDataToSign} → the KMS signs its SHA-256 digest →
 * {@code signDocument}, which asks the KMS for the signature timestamp. DSS appends the
 * signature as an incremental update (ISO 32000-1 section 7.5.6): earlier signatures stay valid.
 */
public class PadesSigner {

    /** SHA-256 for both the signature and its timestamp: the digests the KMS API documents. */
    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final KmsTrustAnchors anchors;
    private final SignatureSettings settings;
    private final Clock clock;
    private final CertificateChainCheck chainCheck;

    public PadesSigner(KmsTrustAnchors anchors, SignatureSettings settings, Clock clock) {
        this.anchors = anchors;
        this.settings = settings;
        this.clock = clock;
        this.chainCheck = new CertificateChainCheck(anchors, clock);
    }

    /**
     * @param psCode the professional's code (the token's ps_code), whom the certificate must name:
     *               checked before the KMS is asked to sign anything
     * @return the signed PDF: the original bytes followed by the signature's incremental update
     */
    public byte[] sign(byte[] pdf, String psCode, RemoteKey key, TimestampAuthority timestamps) {
        List<X509Certificate> chain = chainCheck.check(key.certificateChain(), psCode);
        PAdESService service = service(timestamps);
        PAdESSignatureParameters parameters = parameters(chain, pdf);
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned dataToSign = service.getDataToSign(document, parameters);
        SignatureValue value = key.sign(DSSUtils.digest(DIGEST, dataToSign.getBytes()), DIGEST,
                parameters.getSignatureAlgorithm());
        SignatureValueCheck.check(service, dataToSign, value, parameters.getSigningCertificate(),
                parameters.getSignatureAlgorithm());
        return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
    }

    private PAdESService service(TimestampAuthority timestamps) {
        // No revocation sources when signing: the signer's certificate has noRevAvail, and the
        // chain was checked against the truststore; revocation is the validator's concern.
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(PdfMemory.boundedFactory());
        service.setTspSource(new KmsTspSource(timestamps, new TimestampTokenCheck(anchors.timestampCa())));
        return service;
    }

    /** The same parameters object serves both halves of the split API: the signing date must not move. */
    private PAdESSignatureParameters parameters(List<X509Certificate> chain, byte[] pdf) {
        Instant now = clock.instant();
        CertificateToken signer = new CertificateToken(chain.get(0));
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(signer);
        parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        parameters.setReason(settings.reason());
        parameters.setLocation(settings.location());
        parameters.bLevel().setSigningDate(Date.from(now));
        parameters.getSignatureTimestampParameters().setDigestAlgorithm(DIGEST);
        if (settings.visible()) {
            parameters.setImageParameters(VisibleSignature.block(LastPage.of(pdf),
                    DSSASN1Utils.getSubjectCommonName(signer), now));
        }
        return parameters;
    }
}
