package lu.econnector.signature.control;

import jakarta.json.JsonObject;

/**
 * The KMS's own words for a refusal ({@code {"error":…,"message":…}}), made safe to pass on:
 * printable characters only, and short, since they end up in a caller's problem detail.
 */
final class KmsReason {

    private static final int MAX_LENGTH = 160;

    private KmsReason() {
    }

    /** @return the message, else the error code, else empty */
    static String of(JsonObject error) {
        if (error == null) {
            return "";
        }
        String text = error.getString("message", error.getString("error", ""));
        String printable = text.replaceAll("[^\\p{L}\\p{N}\\p{P}\\p{Zs}]", "").strip();
        return printable.length() <= MAX_LENGTH ? printable : printable.substring(0, MAX_LENGTH) + "…";
    }
}
