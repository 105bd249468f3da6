package lu.econnector.signature.control;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESCommonParameters;
import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.PdfBoxNativeSignatureDrawerFactory;
import eu.europa.esig.dss.spi.DSSUtils;

/**
 * DSS's PDFBox signature service, but the second half of the split API (the CMS written into the
 * document prepared by the first half) done on the byte array ({@link SignaturePlaceholder}).
 * Anything unexpected falls back to DSS's own way, as DSS itself falls back to a full signing.
 */
final class PlaceholderFillingSignatureService extends PdfBoxSignatureService {

    PlaceholderFillingSignatureService() {
        super(PDFServiceMode.SIGNATURE, new PdfBoxNativeSignatureDrawerFactory());
    }

    @Override
    public DSSDocument sign(DSSDocument document, byte[] cmsSignedData, PAdESCommonParameters parameters) {
        DSSDocument prepared = parameters.getPdfSignatureCache().getToBeSignedDocument();
        byte[] signed = prepared == null ? null : SignaturePlaceholder.fill(DSSUtils.toByteArray(prepared), cmsSignedData);
        if (signed == null) {
            return super.sign(document, cmsSignedData, parameters);
        }
        parameters.reinit();
        DSSDocument result = new InMemoryDocument(signed);
        result.setMimeType(MimeTypeEnum.PDF);
        return result;
    }
}
