package lu.econnector.sandbox.mysecu;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lu.econnector.sandbox.Http;

/**
 * A document that the sandbox mySecu accepted, as a test inspects it.
 *
 * @param psCode the professional named by the request's SAML assertion
 * @param sha256 of the document as received, lower-case hex
 * @param mtom   true when the document came as an MTOM attachment, false when inline base64: a
 *               client test can prove its attachment was not silently inlined (docs/verified-facts.md)
 */
public record Deposit(String messageId, String messageType, String templateId, String templateVersion,
                      String psCode, String fileName, String sha256, int size, boolean mtom,
                      Map<String, String> metadata, String reference, Instant receivedAt) {

    static Deposit of(ExchangeRequest request, String psCode, String reference, Instant receivedAt) {
        return new Deposit(request.messageId(), request.messageType(), request.templateId(),
                request.templateVersion(), psCode, request.fileName(), request.sha256(), request.content().length,
                request.mtom(), Collections.unmodifiableMap(new LinkedHashMap<>(request.metadata())), reference,
                receivedAt);
    }

    JsonObject toJson() {
        JsonObjectBuilder metadataJson = Http.JSON.createObjectBuilder();
        metadata.forEach(metadataJson::add);
        return Http.JSON.createObjectBuilder()
                .add("messageId", messageId)
                .add("messageType", messageType)
                .add("templateId", templateId)
                .add("templateVersion", templateVersion)
                .add("psCode", psCode)
                .add("fileName", fileName)
                .add("sha256", sha256)
                .add("size", size)
                .add("mtom", mtom)
                .add("metadata", metadataJson)
                .add("reference", reference)
                .add("receivedAt", receivedAt.toString())
                .build();
    }
}
