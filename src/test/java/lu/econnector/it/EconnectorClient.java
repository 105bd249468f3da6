package lu.econnector.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.pki.SandboxPki;

/**
 * An HTTPS client for the eConnector under test, trusting its sandbox certificate only (no
 * "trust all"): the certificate and host name checks run for real.
 */
final class EconnectorClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    private EconnectorClient(URI base, HttpClient http) {
        this(base, http, TIMEOUT);
    }

    private EconnectorClient(URI base, HttpClient http, Duration timeout) {
        this.base = base;
        this.http = http;
        this.timeout = timeout;
    }

    /** HTTPS on the port of the Payara Micro that Arquillian manages. */
    EconnectorClient() {
        this(Integer.getInteger("econnector.httpsPort", 18443));
    }

    EconnectorClient(int httpsPort) {
        this(httpsPort, TIMEOUT);
    }

    /** @param timeout how long one request may take, for answers that wait on purpose */
    EconnectorClient(int httpsPort, Duration timeout) {
        this(URI.create("https://localhost:" + httpsPort + "/"), HttpClient.newBuilder()
                .sslContext(trusting(testPki().saasKeystore())).connectTimeout(Duration.ofSeconds(5)).build(), timeout);
    }

    static EconnectorClient plain(int httpPort) {
        return new EconnectorClient(URI.create("http://localhost:" + httpPort + "/"),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** The eConnector's HTTPS identity that {@link SandboxExtension} wrote. */
    static SandboxPki testPki() {
        return new SandboxPki(SandboxExtension.IT_DIR.resolve("pki"));
    }

    private static SSLContext trusting(Path keystore) {
        try {
            return SandboxPki.clientTrusting(keystore);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * A large upload as careful clients (curl, for one) send it: HTTP/1.1 with
     * {@code Expect: 100-continue}, so that a refusal arrives before the body is sent.
     */
    HttpResponse<String> upload(String path, String body, String... headers) {
        return send(request(path, headers).version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A large binary upload with {@code Expect: 100-continue}, as {@link #upload(String, String, String...)}. */
    HttpResponse<String> upload(String path, byte[] body, String... headers) {
        return send(request(path, headers).version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A POST whose answer is binary (a PDF). */
    HttpResponse<byte[]> postForBytes(String path, String body, String... headers) {
        return postForBytes(path, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A POST of binary (a PDF), whose answer is binary too. */
    HttpResponse<byte[]> postForBytes(String path, byte[] body, String... headers) {
        HttpRequest request = request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException("POST " + request.uri() + " failed", e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
