package lu.econnector.bench;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxServer;

/**
 * A vendor asking the eConnector for signed {@code mh} documents: dr.muller's access token
 * from the sandbox AeS's password grant (renewed at half its life), then
 * {@code POST /econnector/api/v1/documents/mh/signed} with the sample data. Every call has a
 * timeout; an answer that is not a 200 PDF is a failed document.
 */
final class SignedDocumentsClient {

    static final String PATH = "econnector/api/v1/documents/mh/signed";

    /** The endpoint is not there: nothing to measure (a WAR from before it). */
    static final class EndpointMissingException extends Exception {
        EndpointMissingException(String message) {
            super(message);
        }
    }

    private final URI signed;
    private final SandboxServer sandbox;
    private final HttpClient econnector;
    private final HttpClient aes;
    private final Duration timeout;
    private String token;
    private Instant renewAt = Instant.MIN;

    SignedDocumentsClient(URI base, SSLContext trustingTheEconnector, SandboxServer sandbox, Duration timeout)
            throws Exception {
        this.signed = base.resolve(PATH);
        this.sandbox = sandbox;
        this.timeout = timeout;
        // HTTP/1.1: the eConnector has HTTP/2 off (server-config/pre-boot-commands.asadmin).
        this.econnector = HttpClient.newBuilder().sslContext(trustingTheEconnector).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.aes = HttpClient.newBuilder().sslContext(sandbox.ca().clientContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** One document, asked before measuring: anything but a 200 PDF stops the benchmark, a 404 with its own reason. */
    void probe(String body) throws Exception {
        HttpResponse<byte[]> answer = post(body);
        // Status may answer a moment before the application serves everything on a loaded machine.
        Instant patience = Instant.now().plusSeconds(60);
        while (answer.statusCode() >= 500 && Instant.now().isBefore(patience)) {
            Thread.sleep(2000);
            answer = post(body);
        }
        if (answer.statusCode() == 404) {
            throw new EndpointMissingException("POST " + signed + " answers 404: this eConnector has no /signed"
                    + " endpoint yet; build a WAR that has it and run bench/sign again");
        }
        String problem = problem(answer);
        if (problem != null) {
            throw new IllegalStateException("POST " + signed + " does not give a signed PDF: " + problem);
        }
    }

    /** A document per call, timed from the request to the last byte of the PDF. */
    Callable<Outcome> signing(String body) {
        return () -> {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = post(body);
                long nanos = System.nanoTime() - start;
                String problem = problem(answer);
                return problem == null ? Outcome.ok(nanos) : Outcome.failed(nanos, problem);
            } catch (IOException e) {
                return Outcome.failed(System.nanoTime() - start, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        };
    }

    private HttpResponse<byte[]> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(signed).timeout(timeout)
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return econnector.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** @return null for a 200 PDF, else a line saying what came instead */
    private static String problem(HttpResponse<byte[]> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() == 200 && type.startsWith("application/pdf") && isPdf(answer.body())) {
            return null;
        }
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        return answer.statusCode() + " " + type + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    private static boolean isPdf(byte[] body) {
        return body.length > 5 && new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    /** The sandbox AeS gives 5-minute tokens; a run at one client can outlast one. */
    private synchronized String token() throws Exception {
        if (Instant.now().isAfter(renewAt)) {
            String form = "grant_type=password&client_id=sandbox-vendor&client_secret=sandbox-secret"
                    + "&username=dr.muller&password=" + URLEncoder.encode(Professional.PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> answer = aes.send(HttpRequest.newBuilder(
                            URI.create(sandbox.issuer() + "/protocol/openid-connect/token")).timeout(timeout)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the sandbox AeS gave no token: " + answer.statusCode() + " "
                        + answer.body());
            }
            var tokens = Json.createReader(new StringReader(answer.body())).readObject();
            token = tokens.getString("access_token");
            renewAt = Instant.now().plusSeconds(tokens.getJsonNumber("expires_in").longValue() / 2);
        }
        return token;
    }
}
