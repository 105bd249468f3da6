package lu.econnector.template.control;

/**
 * A package whose bytes are not the ones the catalogue announced. Unlike a refusal for its
 * content, this may come from corruption on the way, so it is worth downloading again.
 */
public class PackageChecksumException extends InvalidTemplatePackageException {

    public PackageChecksumException(String detail) {
        super(detail);
    }
}
