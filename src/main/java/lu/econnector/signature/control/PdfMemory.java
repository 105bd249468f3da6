package lu.econnector.signature.control;

import eu.europa.esig.dss.pdf.IPdfObjFactory;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.PdfMemoryUsageSetting;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;

/**
 * The PDFBox object factory DSS reads and writes PDFs with, its stream cache bounded: DSS's
 * default ({@code memoryFull}) lets PDFBox's scratch buffers grow without limit. In PDFBox 3
 * that cache holds the streams written while signing (a signature's objects: kilobytes);
 * decoding the document's own streams does not go through it, and was bounded at intake
 * ({@link PdfInspection}). Its signature service writes the CMS into the prepared document in
 * one copy ({@link PlaceholderFillingSignatureService}).
 */
final class PdfMemory {

    /** PDFBox's scratch memory per document read by DSS. */
    static final long MAX_SCRATCH_BYTES = 16L * 1024 * 1024;

    private PdfMemory() {
    }

    static IPdfObjFactory boundedFactory() {
        PdfBoxNativeObjectFactory factory = new PdfBoxNativeObjectFactory() {
            @Override
            public PDFSignatureService newPAdESSignatureService() {
                return configure(new PlaceholderFillingSignatureService());
            }
        };
        factory.setPdfMemoryUsageSetting(PdfMemoryUsageSetting.memoryBuffered(MAX_SCRATCH_BYTES));
        return factory;
    }
}
