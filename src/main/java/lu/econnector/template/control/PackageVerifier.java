package lu.econnector.template.control;

import lu.econnector.platform.Sha256;
import lu.econnector.template.entity.CatalogueEntry;
import lu.econnector.template.entity.TemplatePackage;

/**
 * Everything a downloaded package must satisfy before it may replace an active template
 * (docs/upstreams.md section 3): the SHA-256 and size the catalogue announced, a safe and complete
 * ZIP whose mapped fields all exist in the form ({@link TemplatePackageReader}), the id and
 * version of its URL, and a data schema that compiles.
 */
public class PackageVerifier {

    private final TemplatePackageReader reader = new TemplatePackageReader();
    private final TemplateSchemas schemas = new TemplateSchemas();

    /** @throws InvalidTemplatePackageException naming the first check that failed */
    public TemplatePackage verify(CatalogueEntry offered, byte[] zip) {
        String sha256 = Sha256.hex(zip);
        if (!sha256.equals(offered.sha256())) {
            throw new PackageChecksumException("SHA-256 " + sha256 + " differs from the catalogue's "
                    + offered.sha256());
        }
        if (zip.length != offered.size()) {
            throw new InvalidTemplatePackageException(zip.length + " bytes, the catalogue says " + offered.size());
        }
        TemplatePackage template = reader.read(zip);
        if (!template.id().equals(offered.id()) || !template.version().equals(offered.version())) {
            throw new InvalidTemplatePackageException("the package holds " + template.id() + " " + template.version()
                    + ", not " + offered.label());
        }
        schemas.compile(template);
        return template;
    }
}
