package lu.econnector.template.control;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import lu.econnector.platform.Sha256;
import lu.econnector.template.entity.TemplatePackage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Reads a template package (docs/upstreams.md section 3): a ZIP of {@code template.json} and
 * {@code form.pdf}. Refuses anything it could not render: path escapes, oversized or too many
 * entries, a malformed descriptor, a form that is not an AcroForm, a mapped field the form
 * lacks or that is neither a text field nor a check box. Whether id, version and SHA-256 match
 * the iHUB catalogue is the caller's check, with {@link TemplatePackage#sha256()}.
 */
public class TemplatePackageReader {

    static final String DESCRIPTOR = "template.json";
    static final String FORM = "form.pdf";

    private final PackageLimits limits;

    public TemplatePackageReader() {
        this(PackageLimits.DEFAULT);
    }

    public TemplatePackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    public TemplatePackage read(byte[] zip) {
        Map<String, byte[]> entries = PackageEntries.read(zip, limits);
        TemplateDescriptor descriptor = TemplateDescriptor.parse(required(entries, DESCRIPTOR));
        byte[] form = required(entries, FORM);
        checkFields(form, descriptor.mapping().fieldNames());
        return new TemplatePackage(descriptor.id(), descriptor.version(), descriptor.title(), descriptor.schema(),
                descriptor.mapping(), form, Sha256.hex(zip));
    }

    private static byte[] required(Map<String, byte[]> entries, String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new InvalidTemplatePackageException("the package has no " + name);
        }
        return content;
    }

    private static void checkFields(byte[] form, List<String> names) {
        try (PDDocument pdf = Loader.loadPDF(form)) {
            PDAcroForm acroForm = pdf.getDocumentCatalog().getAcroForm(null);
            if (acroForm == null) {
                throw new InvalidTemplatePackageException("form.pdf has no AcroForm");
            }
            for (String name : names) {
                PDField field = acroForm.getField(name);
                if (field == null) {
                    throw new InvalidTemplatePackageException("form.pdf has no field " + name);
                }
                if (!(field instanceof PDTextField || field instanceof PDCheckBox)) {
                    throw new InvalidTemplatePackageException("field " + name + " is neither a text field nor a check box");
                }
            }
        } catch (IOException e) {
            throw new InvalidTemplatePackageException("form.pdf is not a readable PDF: " + e.getMessage(), e);
        }
    }
}
