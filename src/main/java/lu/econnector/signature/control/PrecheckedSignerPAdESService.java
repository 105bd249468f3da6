package lu.econnector.signature.control;

import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;

/**
 * DSS's PAdES service without its own check of the signing certificate in {@code getDataToSign}
 * and {@code signDocument}: {@link PadesSigner} has checked it before the KMS was asked for
 * anything ({@link CertificateChainCheck}: the path to the truststore's CAs, valid at the signing
 * time; {@link SignerRevocationCheck}: not revoked on its CA's CRL), and refuses what DSS would
 * refuse. DSS's check builds a validation context, the chain and its revocation look-up again,
 * each time: with the third one that DSS runs when it adds the signature timestamp (which cannot
 * be switched off), that was 11 % of the server's CPU per signed document, and a warning per
 * certificate in the log.
 */
final class PrecheckedSignerPAdESService extends PAdESService {

    private static final long serialVersionUID = 1L;

    PrecheckedSignerPAdESService(CertificateVerifier verifier) {
        super(verifier);
    }

    @Override
    protected void assertSigningCertificateValid(AbstractSignatureParameters<?> parameters) {
        if (parameters.getSigningCertificate() == null) {
            // Never so here (PadesSigner sets it); DSS's own refusal rather than a signature without one.
            super.assertSigningCertificateValid(parameters);
        }
    }
}
