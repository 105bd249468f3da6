package lu.econnector.sandbox.kms;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/** A KMS request's JSON body, read field by field: what is missing or malformed is a 400. */
record KmsRequest(JsonObject json) {

    String text(String name) throws KmsRefusal {
        return optionalText(name).orElseThrow(() -> KmsRefusal.badRequest(name + " is required"));
    }

    /** A string field that may be absent (or null); any other JSON type is refused. */
    Optional<String> optionalText(String name) throws KmsRefusal {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw KmsRefusal.badRequest(name + " must be a string");
        }
        return Optional.of(string.getString());
    }

    /** {@code digest} (standard base64, RFC 4648 section 4) with its {@code digestAlgorithm}. */
    SubmittedDigest digest(Set<SubmittedDigest.Algorithm> accepted) throws KmsRefusal {
        String algorithm = text("digestAlgorithm");
        byte[] value;
        try {
            value = Base64.getDecoder().decode(text("digest"));
        } catch (IllegalArgumentException notBase64) {
            throw KmsRefusal.badRequest("digest is not base64");
        }
        return SubmittedDigest.of(algorithm, value, accepted);
    }
}
