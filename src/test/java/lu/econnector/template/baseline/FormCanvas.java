package lu.econnector.template.baseline;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Draws an A4 form page with coordinates measured from the top (as a designer reads a page)
 * and adds its text fields, nesting dotted names ({@code act.1.amount}) as the AcroForm
 * hierarchy that such names stand for (ISO 32000-1 12.7.3.2).
 */
final class FormCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final Color BRAND = new Color(0, 84, 147);
    static final Color TINT = new Color(229, 238, 246);
    static final Color ZEBRA = new Color(245, 248, 251);
    static final Color RULE = new Color(160, 180, 200);
    static final Color MUTED = new Color(95, 105, 115);
    static final Color INK = new Color(25, 30, 35);

    private final PDAcroForm form;
    private final PDPage page;
    private final PDType0Font font;
    private final PDPageContentStream content;
    private final Map<String, PDNonTerminalField> parents = new HashMap<>();
    private final List<PDField> roots = new ArrayList<>();

    FormCanvas(PDDocument doc, PDType0Font font) throws IOException {
        this.page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        this.font = font;
        this.form = new PDAcroForm(doc);
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("LiberationSans"), font);
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/LiberationSans 9 Tf 0 g");
        doc.getDocumentCatalog().setAcroForm(form);
        this.content = new PDPageContentStream(doc, page);
    }

    void fill(Color color, float x, float top, float w, float h) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, HEIGHT - top - h, w, h);
        content.fill();
    }

    void frame(float x, float top, float w, float h) throws IOException {
        content.setStrokingColor(RULE);
        content.setLineWidth(0.6f);
        content.addRect(x, HEIGHT - top - h, w, h);
        content.stroke();
    }

    void line(float x1, float top1, float x2, float top2, Color color, float width) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, HEIGHT - top1);
        content.lineTo(x2, HEIGHT - top2);
        content.stroke();
    }

    /** Text whose baseline is {@code baseline} points from the top; {@code align} -1 left, 0 centre, 1 right of {@code x}. */
    void text(String s, float x, float baseline, float size, Color color, boolean bold, int align) throws IOException {
        float width = font.getStringWidth(s) / 1000 * size;
        float left = align < 0 ? x : align == 0 ? x - width / 2 : x - width;
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        if (bold) {
            // Only the regular face ships with PDFBox: a thin outline on top of the fill stands in for bold.
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setStrokingColor(color);
            content.setLineWidth(size / 30);
        } else {
            content.setRenderingMode(RenderingMode.FILL);
        }
        content.newLineAtOffset(left, HEIGHT - baseline);
        content.showText(s);
        content.endText();
    }

    /** A label in French, its German after a slash in grey: the house layout of bilingual CNS forms. */
    void label(String fr, String de, float x, float baseline, float size) throws IOException {
        text(fr, x, baseline, size, INK, false, -1);
        float frWidth = font.getStringWidth(fr + " ") / 1000 * size;
        text("/ " + de, x + frWidth, baseline, size, MUTED, false, -1);
    }

    float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** A section heading: the French in bold brand colour, the German after it in grey. */
    void heading(String fr, String de, float x, float baseline, float size) throws IOException {
        text(fr, x, baseline, size, BRAND, true, -1);
        text("/ " + de, x + font.getStringWidth(fr + " ") / 1000 * size, baseline, size, MUTED, false, -1);
    }

    /** A text field with a faint base line; {@code quadding} 0 left, 1 centre, 2 right. */
    void field(String name, float x, float top, float w, float h, float size, int quadding) throws IOException {
        PDTextField field = new PDTextField(form);
        field.setDefaultAppearance("/LiberationSans " + size + " Tf 0 g");
        field.setQ(quadding);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(x, HEIGHT - top - h, w, h));
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        attach(field, name);
    }

    /** A tick box: a square whose field shows "X" when ticked. */
    void tick(String name, float x, float top) throws IOException {
        content.setStrokingColor(BRAND);
        content.setLineWidth(0.8f);
        content.addRect(x, HEIGHT - top - 9, 9, 9);
        content.stroke();
        field(name, x, top, 9, 9, 8, 1);
    }

    private void attach(PDField field, String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        field.setPartialName(qualifiedName.substring(dot + 1));
        if (dot < 0) {
            roots.add(field);
            return;
        }
        PDNonTerminalField parent = parent(qualifiedName.substring(0, dot));
        field.getCOSObject().setItem(COSName.PARENT, parent);
        parent.getCOSObject().getCOSArray(COSName.KIDS).add(field);
    }

    private PDNonTerminalField parent(String qualifiedName) {
        PDNonTerminalField existing = parents.get(qualifiedName);
        if (existing != null) {
            return existing;
        }
        PDNonTerminalField parent = new PDNonTerminalField(form);
        parent.getCOSObject().setItem(COSName.KIDS, new COSArray());
        attach(parent, qualifiedName);
        parents.put(qualifiedName, parent);
        return parent;
    }

    @Override
    public void close() throws IOException {
        content.close();
        form.setFields(roots);
    }
}
