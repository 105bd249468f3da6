package lu.econnector.signature.control;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Where the visible signature goes: the last page (numbered from 1), its size in points, and
 * how many signature widgets it holds already, so that a new block goes beside them (DSS
 * refuses a signature field that overlaps another).
 */
record LastPage(int number, float width, float height, int signatures) {

    static LastPage of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            PDPage page = document.getPage(count - 1);
            PDRectangle box = page.getCropBox();
            return new LastPage(count, box.getWidth(), box.getHeight(), signatureWidgets(page));
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException(e);
        }
    }

    /** ISO 32000-1 section 12.7.4.5: a signature field's widget has the field type {@code /Sig}. */
    private static int signatureWidgets(PDPage page) throws IOException {
        int widgets = 0;
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget widget
                    && COSName.SIG.equals(fieldType(widget))) {
                widgets++;
            }
        }
        return widgets;
    }

    /** The widget is often merged with its field; otherwise the field is its parent. */
    private static COSName fieldType(PDAnnotationWidget widget) {
        COSName type = widget.getCOSObject().getCOSName(COSName.FT);
        if (type == null && widget.getCOSObject().getCOSDictionary(COSName.PARENT) != null) {
            type = widget.getCOSObject().getCOSDictionary(COSName.PARENT).getCOSName(COSName.FT);
        }
        return type;
    }
}
