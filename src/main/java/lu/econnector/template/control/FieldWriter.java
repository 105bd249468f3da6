package lu.econnector.template.control;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Writes values into one document's AcroForm. Every text field is switched to the document's
 * embedded font, whatever font the form named: PDF/A forbids a font that is not embedded
 * (ISO 19005-3 6.2.11.4), and a form from iHUB may name Helvetica.
 */
final class FieldWriter {

    static final COSName FONT_NAME = COSName.getPDFName("EcLiberation");
    private static final Pattern FONT_SIZE = Pattern.compile("/\\S+\\s+(\\d+(?:\\.\\d+)?)\\s+Tf");

    private static final float MIN_FONT_SIZE = 5;

    private final PDAcroForm form;
    private final PDType0Font font;

    FieldWriter(PDDocument doc, PDAcroForm form, PDType0Font font) {
        this.form = form;
        this.font = font;
        // Looked up by name once per value: without the cache, each look-up walks the field tree.
        form.setCacheFields(true);
        useForAppearances(doc, form, font);
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDTextField text) {
                text.setDefaultAppearance("/" + FONT_NAME.getName() + " " + fontSize(text.getDefaultAppearance()) + " Tf 0 g");
            }
        }
    }

    /**
     * Puts the font in the form's resources so that PDFBox's appearance generator draws with this
     * very instance. A direct font dictionary would be re-read into a new wrapper which, the
     * program being embedded only at save, encodes with a substitute font's glyph ids: accented
     * letters would come out as empty boxes. An indirect reference with the instance in the
     * document's resource cache is what {@code PDResources.getFont} looks up first.
     */
    private static void useForAppearances(PDDocument doc, PDAcroForm form, PDType0Font font) {
        if (form.getDefaultResources() == null) {
            form.setDefaultResources(new PDResources());
        }
        COSDictionary fonts = form.getDefaultResources().getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            form.getDefaultResources().getCOSObject().setItem(COSName.FONT, fonts);
        }
        COSObject reference = new COSObject(font.getCOSObject());
        fonts.setItem(FONT_NAME, reference);
        doc.getResourceCache().put(reference, font);
    }

    /** An empty value leaves the field as the form has it: no appearance, nothing on the flattened page. */
    void text(String name, String value) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        PDField field = form.getField(name);
        if (field instanceof PDCheckBox box) {
            check(box, true);
        } else {
            String shown = encodable(value);
            if (field instanceof PDTextField textField) {
                shrinkToFit(textField, shown);
            }
            field.setValue(shown);
        }
    }

    /** A value wider than its field is set smaller rather than cut off (a long act label, say). */
    private void shrinkToFit(PDTextField field, String value) throws IOException {
        float size = Float.parseFloat(fontSize(field.getDefaultAppearance()));
        float available = field.getWidgets().get(0).getRectangle().getWidth() - 4;
        float needed = font.getStringWidth(value) / 1000 * size;
        if (size > 0 && needed > available) {
            float fitted = Math.max(MIN_FONT_SIZE, (float) Math.floor(size * available / needed * 10) / 10);
            field.setDefaultAppearance("/" + FONT_NAME.getName() + " " + fitted + " Tf 0 g");
        }
    }

    void check(String name, boolean ticked) throws IOException {
        PDField field = form.getField(name);
        if (field instanceof PDCheckBox box) {
            check(box, ticked);
        } else if (ticked) {
            field.setValue(subset("X"));
        }
    }

    private static void check(PDCheckBox box, boolean ticked) throws IOException {
        if (ticked) {
            box.check();
        } else {
            box.unCheck();
        }
    }

    /** The value, with what the font cannot show (or a single-line field cannot hold) replaced. */
    private String encodable(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> shown.appendCodePoint(Character.isISOControl(cp) ? ' ' : showable(cp) ? cp : '?'));
        return subset(shown.toString());
    }

    /**
     * Registers the glyphs with the subset to embed. PDFBox's appearance generator draws with its
     * own wrapper of the DR font, which does not collect glyphs for the instance that embeds the
     * subset: without this the document would lack glyphs it shows (ISO 19005-3 6.2.11.4.1).
     */
    private String subset(String text) {
        text.codePoints().forEach(font::addToSubset);
        return text;
    }

    private boolean showable(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static String fontSize(String defaultAppearance) {
        Matcher m = FONT_SIZE.matcher(defaultAppearance == null ? "" : defaultAppearance);
        return m.find() ? m.group(1) : "0";
    }
}
