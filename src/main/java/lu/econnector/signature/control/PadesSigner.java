package lu.econnector.signature.control;

import eu.europa.esig.dss.alert.exception.AlertException;
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
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import lu.econnector.signature.entity.KmsTrustAnchors;
import lu.econnector.signature.entity.SignatureSettings;

/**
 * Signs a PDF as PAdES-BASELINE-T, -LT or -LTA (ETSI EN 319 142-1 section 6.3) in the
 * professional's name with DSS's split API: {@code getDataToSign} → the KMS signs its SHA-256
 * digest → {@code signDocument}, which asks the KMS for the signature timestamp and, at LT,
 * adds the chains' certificates and CRLs in a DSS dictionary (section 5.4), then at LTA a
 * document timestamp from the KMS. DSS appends each as an incremental update (ISO 32000-1
 * section 7.5.6): earlier signatures stay valid.
 */
public class PadesSigner {

    /** SHA-256 for both the signature and its timestamp: the digests the KMS API documents. */
    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final KmsTrustAnchors anchors;
    private final SignatureSettings settings;
    private final Clock clock;
    private final CertificateChainCheck chainCheck;
    private final CRLSource crls;
    private final SignerRevocationCheck revocationCheck;

    /** @param crls the truststore CAs' CRLs ({@link TruststoreVerifier#crls}): the signer's revocation, LT's data */
    public PadesSigner(KmsTrustAnchors anchors, SignatureSettings settings, Clock clock, CRLSource crls) {
        this.anchors = anchors;
        this.settings = settings;
        this.clock = clock;
        this.chainCheck = new CertificateChainCheck(anchors, clock);
        this.crls = crls;
        this.revocationCheck = new SignerRevocationCheck(crls);
    }

    /**
     * @param psCode the professional's code (the token's ps_code), whom the certificate must name:
     *               checked before the KMS is asked to sign anything
     * @return the signed PDF: the original bytes followed by the signature's incremental update
     */
    public byte[] sign(byte[] pdf, String psCode, RemoteKey key, TimestampAuthority timestamps) {
        List<X509Certificate> chain = chainCheck.check(key.certificateChain(), psCode);
        revocationCheck.check(chain.get(0), chain.get(1));
        PAdESService service = service(timestamps);
        PAdESSignatureParameters parameters = parameters(chain, pdf);
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned dataToSign = ServiceLookupCache.around(() -> service.getDataToSign(document, parameters));
        SignatureValue value = key.sign(DSSUtils.digest(DIGEST, dataToSign.getBytes()), DIGEST,
                parameters.getSignatureAlgorithm());
        SignatureValueCheck.check(service, dataToSign, value, parameters.getSigningCertificate(),
                parameters.getSignatureAlgorithm());
        try {
            return ServiceLookupCache.around(
                    () -> DSSUtils.toByteArray(service.signDocument(document, parameters, value)));
        } catch (AlertException missingValidationData) {
            // LT: DSS found a certificate of the chains without revocation data, or revoked.
            throw new ValidationDataUnavailableException(settings.level(), missingValidationData);
        }
    }

    /**
     * DSS runs with {@link ServiceLookupCache} as the context class loader; what it calls of ours
     * (the CRLs here, the KMS's timestamps in {@link KmsTspSource}) runs with the application's.
     */
    private PAdESService service(TimestampAuthority timestamps) {
        // At T, no revocation data goes into the document: the validator fetches it. From LT on,
        // the verifier gathers it, from the truststore CAs' distribution points only.
        CRLSource fetchedByTheApplication = (certificate, issuer) ->
                ServiceLookupCache.outside(() -> crls.getRevocationToken(certificate, issuer));
        PAdESService service = new PrecheckedSignerPAdESService(settings.level().longTerm()
                ? TruststoreVerifier.of(anchors, fetchedByTheApplication) : new CommonCertificateVerifier());
        service.setPdfObjFactory(PdfMemory.boundedFactory());
        service.setTspSource(new KmsTspSource(timestamps, new TimestampTokenCheck(anchors.timestampCa())));
        return service;
    }

    /** The same parameters object serves both halves of the split API: the signing date must not move. */
    private PAdESSignatureParameters parameters(List<X509Certificate> chain, byte[] pdf) {
        Instant now = clock.instant();
        CertificateToken signer = new CertificateToken(chain.get(0));
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.valueByName(settings.level().etsiName()));
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(signer);
        parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        parameters.setReason(settings.reason());
        parameters.setLocation(settings.location());
        parameters.bLevel().setSigningDate(Date.from(now));
        parameters.getSignatureTimestampParameters().setDigestAlgorithm(DIGEST);
        parameters.getArchiveTimestampParameters().setDigestAlgorithm(DIGEST);
        if (settings.visible()) {
            parameters.setImageParameters(VisibleSignature.block(LastPage.of(pdf),
                    DSSASN1Utils.getSubjectCommonName(signer), now));
        }
        return parameters;
    }
}
