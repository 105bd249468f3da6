package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.ExchangeClient.envelope;
import static lu.econnector.sandbox.mysecu.SoapAssertions.assertFault;
import static lu.econnector.sandbox.mysecu.SoapAssertions.field;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.xml.parsers.DocumentBuilderFactory;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** syncexchange's misbehaviours and request capture, in-process and through their HTTP controls. */
@ExtendWith(SandboxExtension.class)
class SyncExchangeMisbehaviourTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();
    static final byte[] PDF = ExchangeClient.pdf(5_000, 11);

    static SandboxServer server;
    static ExchangeClient client;
    static HttpClient http;
    static Element assertion;
    static String pdfSha256;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        client = new ExchangeClient(server);
        http = HttpClient.newBuilder().sslContext(server.ca().clientContext()).build();
        assertion = TrustClient.assertion(new TrustClient(server).issue(MULLER));
        pdfSha256 = ExchangeClient.sha256(PDF);
    }

    @Test
    void xxeAnswerExpandsTheMarkerFileInAParserThatAllowsDtds() throws Exception {
        // What makes the eConnector's XXE test able to fail: the payload is live.
        JsonObject set = control("POST", MySecuSimulator.MISBEHAVIOUR_PATH, "{\"mode\":\"xxe\"}");
        HttpResponse<String> answer = client.sendMtom(envelope(assertion, "msg-xxe", PDF, pdfSha256, true), PDF);

        assertThat(set.getString("marker")).isEqualTo(server.mySecu().xxeMarker());
        assertThat(answer.body()).doesNotContain(server.mySecu().xxeMarker());
        DocumentBuilderFactory permissive = DocumentBuilderFactory.newInstance();
        permissive.setNamespaceAware(true);
        String reference = permissive.newDocumentBuilder()
                .parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS(Soap.SYNC, "reference").item(0).getTextContent();
        assertThat(reference).isEqualTo(server.mySecu().xxeMarker());
        assertThat(server.mySecu().deposits().list()).isEmpty();
    }

    @Test
    void rejectedOnDemandIsNotRememberedOnceCleared() throws Exception {
        control("POST", MySecuSimulator.MISBEHAVIOUR_PATH, "{\"mode\":\"rejected\"}");
        HttpResponse<String> rejected = client.sendInline(envelope(assertion, "msg-once", PDF, pdfSha256, false));
        http.send(request(MySecuSimulator.MISBEHAVIOUR_PATH).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> accepted = client.sendInline(envelope(assertion, "msg-once", PDF, pdfSha256, false));

        assertThat(field(rejected, "status")).isEqualTo("REJECTED");
        assertThat(field(rejected, "code")).isEqualTo(SyncExchangeMisbehaviour.REJECTED_CODE);
        assertThat(field(accepted, "status")).isEqualTo("ACCEPTED");
    }

    @Test
    void invalidSecurityTokenOnDemandIsAFault() throws Exception {
        server.mySecu().misbehave(SyncExchangeMisbehaviour.INVALID_SECURITY_TOKEN);

        assertFault(client.sendInline(envelope(assertion, "msg-ist", PDF, pdfSha256, false)),
                "wsse:InvalidSecurityToken");
    }

    @Test
    void unknownModeIsRefusedNamingTheModes() throws Exception {
        HttpResponse<String> answer = http.send(request(MySecuSimulator.MISBEHAVIOUR_PATH)
                .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"nonsense\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("xxe", "doctype", "rejected", "invalid-security-token", "late");
    }

    /** What makes the eConnector's retry-after-timeout test able to fail: mySecu holds what it answered late. */
    @Test
    void aLateAnswerIsTakenAndRememberedBeforeItIsSent() throws Exception {
        control("POST", MySecuSimulator.MISBEHAVIOUR_PATH, "{\"mode\":\"late\"}");
        long start = System.nanoTime();
        HttpResponse<String> late = client.sendInline(envelope(assertion, "msg-late", PDF, pdfSha256, false));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        server.mySecu().behave();
        HttpResponse<String> again = client.sendInline(envelope(assertion, "msg-late", PDF, pdfSha256, false));

        assertThat(took).isGreaterThanOrEqualTo(SyncExchangeMisbehaviour.LATE_BY);
        assertThat(field(late, "status")).isEqualTo("ACCEPTED");
        assertThat(field(again, "reference")).isEqualTo(field(late, "reference"));
        assertThat(field(again, "receivedAt")).isEqualTo(field(late, "receivedAt"));
        assertThat(server.mySecu().deposits().list()).singleElement()
                .satisfies(deposit -> assertThat(deposit.reference()).isEqualTo(field(late, "reference")));
    }

    @Test
    void lastExchangeIsTheRawRequestOverHttp() throws Exception {
        HttpResponse<String> before = http.send(request(MySecuSimulator.LAST_EXCHANGE_PATH).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        client.sendMtom(envelope(assertion, "msg-capture", PDF, pdfSha256, true), PDF);
        JsonObject captured = control("GET", MySecuSimulator.LAST_EXCHANGE_PATH, null);

        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(captured.getString("method")).isEqualTo("POST");
        assertThat(captured.getString("path")).isEqualTo(Wsdls.SYNC_PATH);
        assertThat(captured.getJsonObject("headers").toString()).contains("multipart/related");
        byte[] body = Base64.getDecoder().decode(captured.getString("body"));
        assertThat(body).isEqualTo(server.mySecu().lastExchange().orElseThrow().body());
        assertThat(new String(body, StandardCharsets.ISO_8859_1)).contains("xop:Include", "wsse:Security",
                "saml2:Assertion", "Content-Type: application/pdf");
    }

    @Test
    void resetForgetsMisbehaviourAndCapture() throws Exception {
        server.mySecu().misbehave(SyncExchangeMisbehaviour.REJECTED);
        client.sendInline(envelope(assertion, "msg-reset", PDF, pdfSha256, false));

        server.reset();

        assertThat(server.mySecu().lastExchange()).isEmpty();
        assertThat(field(client.sendInline(envelope(assertion, "msg-reset", PDF, pdfSha256, false)), "status"))
                .isEqualTo("ACCEPTED");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.base().toString().replaceAll("/$", "") + path));
    }

    private static JsonObject control(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpResponse<String> answer = http.send(request(path).method(method, publisher).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
