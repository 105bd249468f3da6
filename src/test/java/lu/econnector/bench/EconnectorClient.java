package lu.econnector.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxServer;

/**
 * A vendor's software calling the eConnector as dr.muller: an access token from the sandbox
 * AeS's password grant (renewed at half its life), then JSON POSTs over one HTTP/1.1 client,
 * whose connections are kept alive and shared by all the benchmark's clients, as a vendor's
 * connection pool would be. Every call has a timeout.
 */
final class EconnectorClient {

    private final URI base;
    private final URI simulators;
    private final URI tokenEndpoint;
    private final HttpClient econnector;
    private final HttpClient aes;
    private final Duration timeout;
    private String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param simulators       the sandbox's base URL (its AeS is under {@code auth/realms/default})
     * @param trustingAes      TLS trusting the simulators' certificate
     */
    EconnectorClient(URI base, SSLContext trustingTheEconnector, URI simulators, SSLContext trustingAes,
                     Duration timeout) {
        this.base = base;
        this.simulators = simulators;
        this.tokenEndpoint = simulators.resolve(SandboxServer.REALM.substring(1) + "/protocol/openid-connect/token");
        this.timeout = timeout;
        // HTTP/1.1: the eConnector has HTTP/2 off; the JDK client keeps HTTP/1.1 connections alive.
        this.econnector = HttpClient.newBuilder().sslContext(trustingTheEconnector).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).build();
        this.aes = HttpClient.newBuilder().sslContext(trustingAes).connectTimeout(timeout).build();
    }

    HttpResponse<byte[]> post(String path, String json, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return econnector.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST as a vendor that forgot its token. */
    HttpResponse<byte[]> postWithoutToken(String path, String json) throws Exception {
        return econnector.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The simulators' fault control ({@code /_sandbox/faults}): a JSON fault to inject, or null
     * to clear them all. Returns the control's status.
     */
    int sandboxFault(String fault) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(simulators.resolve("_sandbox/faults")).timeout(timeout);
        request = fault == null ? request.DELETE()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(fault));
        return aes.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The status page's code, no token needed. */
    int status() throws Exception {
        return econnector.send(HttpRequest.newBuilder(base.resolve("econnector/status")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The sandbox AeS gives 5-minute tokens; a long run outlasts one. */
    private synchronized String token() throws Exception {
        if (Instant.now().isAfter(renewAt)) {
            String form = "grant_type=password&client_id=sandbox-vendor&client_secret=sandbox-secret"
                    + "&username=dr.muller&password=" + URLEncoder.encode(Professional.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> answer = aes.send(HttpRequest.newBuilder(tokenEndpoint).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the sandbox AeS gave no token: " + answer.statusCode());
            }
            var tokens = Json.createReader(new StringReader(answer.body())).readObject();
            token = tokens.getString("access_token");
            renewAt = Instant.now().plusSeconds(tokens.getJsonNumber("expires_in").longValue() / 2);
        }
        return token;
    }
}
