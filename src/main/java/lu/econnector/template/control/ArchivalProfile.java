package lu.econnector.template.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import lu.econnector.template.entity.TemplatePackage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a filled document PDF/A-3b besides its embedded fonts: the XMP identification,
 * an Info dictionary that agrees with it, an sRGB output intent (ISO 19005-3 6.2.3), and a
 * fixed file identifier, so that the same template and data give the same bytes.
 */
final class ArchivalProfile {

    /** The JDK's own sRGB profile: PDFBox ships none, and a file of ours would be one more thing to keep. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    private ArchivalProfile() {
    }

    static void apply(PDDocument doc, TemplatePackage template, OffsetDateTime date, byte[] identity) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        String keywords = "template=" + template.id() + "; version=" + template.version() + "; sha256=" + template.sha256();

        PDDocumentInformation info = new PDDocumentInformation();
        GregorianCalendar calendar = GregorianCalendar.from(date.toZonedDateTime());
        info.setTitle(Xmp.title(template));
        info.setKeywords(keywords);
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        doc.setDocumentInformation(info);

        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(Xmp.packet(template, keywords, date));
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo(SRGB_NAME);
        intent.setOutputCondition(SRGB_NAME);
        intent.setOutputConditionIdentifier(SRGB_NAME);
        intent.setRegistryName("http://www.color.org");
        catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        catalog.addOutputIntent(intent);

        // Both halves equal: a new document, not an update of one (ISO 32000-1 14.4).
        COSArray id = new COSArray();
        byte[] half = Arrays.copyOf(identity, 16);
        id.add(new COSString(half));
        id.add(new COSString(half));
        doc.getDocument().getTrailer().setItem(COSName.ID, id);
    }
}
