package lu.econnector.signature.control;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.util.List;
import lu.econnector.signature.entity.SignatureReport;

/**
 * Validates a signed PDF with DSS's default policy (ETSI EN 319 102-1), trusting the
 * truststore's roots, and summarises DSS's simple report into a {@link SignatureReport}.
 */
public class SignatureValidator {

    private final List<X509Certificate> trustedRoots;
    private final CRLSource crls;

    public SignatureValidator(List<X509Certificate> trustedRoots, CRLSource crls) {
        this.trustedRoots = List.copyOf(trustedRoots);
        this.crls = crls;
    }

    public SignatureReport validate(byte[] pdf) {
        SignedDocumentValidator validator;
        try {
            validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        } catch (RuntimeException notSupported) {
            throw new UnreadablePdfException(notSupported);
        }
        if (validator instanceof PDFDocumentValidator pades) {
            pades.setPdfObjFactory(PdfMemory.boundedFactory());
        }
        validator.setCertificateVerifier(verifier());
        Reports reports = validator.validateDocument();
        return SignatureReport.of(reports.getSimpleReport().getSignatureIdList().stream()
                .map(id -> SimpleReportSummary.of(reports, id, pdf.length)).toList());
    }

    /** A verifier per validation: DSS's verifier keeps state between calls. */
    private CommonCertificateVerifier verifier() {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trustedRoots.forEach(root -> trusted.addCertificate(new CertificateToken(root)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(crls);
        return verifier;
    }
}
