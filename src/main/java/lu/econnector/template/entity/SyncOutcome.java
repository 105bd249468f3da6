package lu.econnector.template.entity;

/**
 * What one synchronisation did with one offered package.
 *
 * @param reason why it was rejected or not tried; null once activated
 */
public record SyncOutcome(String templateId, String version, Result result, String reason) {

    public enum Result {
        /** Verified and now active. */
        ACTIVATED,
        /** Downloaded and refused: checksum, size, structure, schema or mapping. */
        REJECTED,
        /** Not obtained: iHUB failed to deliver it; the next synchronisation tries again. */
        FAILED,
        /** A template this eConnector has no rules for: it renders only those it knows. */
        IGNORED
    }

    public boolean isProblem() {
        return result == Result.REJECTED || result == Result.FAILED;
    }

    /** One line for the log, the health detail and the console. */
    public String describe() {
        return templateId + " " + version + " " + result.name().toLowerCase() + (reason == null ? "" : ": " + reason);
    }
}
