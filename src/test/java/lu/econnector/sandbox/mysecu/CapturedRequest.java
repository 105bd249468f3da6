package lu.econnector.sandbox.mysecu;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import lu.econnector.sandbox.Http;

/**
 * One HTTP request exactly as syncexchange received it, before anything read it: its headers
 * and its raw body, for MTOM every MIME part, so a test can show what went on the wire. Test data: it holds a
 * SAML assertion and a document, and is never logged.
 *
 * @param headers the request headers, names as the JDK server gives them ({@code Content-type})
 */
public record CapturedRequest(Instant receivedAt, String method, String path, Map<String, List<String>> headers,
                              byte[] body) {

    public CapturedRequest {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header, by a name in any case; null when absent. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    /** The body as ISO-8859-1 text, one char per byte: MIME headers and XML readable, binary parts kept. */
    public String bodyText() {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    /** {@code {"receivedAt","method","path","headers":{name:[values]},"body":base64}} */
    JsonObject toJson() {
        JsonObjectBuilder headersJson = Http.JSON.createObjectBuilder();
        headers.forEach((name, values) -> headersJson.add(name, Http.JSON.createArrayBuilder(values)));
        return Http.JSON.createObjectBuilder()
                .add("receivedAt", receivedAt.toString())
                .add("method", method)
                .add("path", path)
                .add("headers", headersJson)
                .add("body", Base64.getEncoder().encodeToString(body))
                .build();
    }

    @Override
    public String toString() {
        return "CapturedRequest[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
