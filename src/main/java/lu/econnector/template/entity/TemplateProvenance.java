package lu.econnector.template.entity;

/**
 * Which template a document was rendered from, as the eConnector records it in the document's
 * XMP metadata ({@code urn:econnector:xmp:template:1.0:}).
 *
 * @param templateVersion as written; null when the packet names no version
 */
public record TemplateProvenance(String templateId, String templateVersion) {

    /** Both equal: the id exactly, the version as a {@link SemanticVersion}. */
    public boolean matches(String id, String version) {
        return templateId.equals(id) && templateVersion != null && sameVersion(templateVersion, version);
    }

    private static boolean sameVersion(String written, String expected) {
        try {
            return SemanticVersion.parse(written).equals(SemanticVersion.parse(expected));
        } catch (IllegalArgumentException notAVersion) {
            return false;
        }
    }
}
