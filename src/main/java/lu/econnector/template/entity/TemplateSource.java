package lu.econnector.template.entity;

/** Where an active template came from. */
public enum TemplateSource {
    /** The baseline package inside the WAR. */
    bundled,
    /** A newer version downloaded from iHUB. */
    ihub
}
