package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.ExchangeClient.envelope;
import static lu.econnector.sandbox.mysecu.ExchangeClient.sha256;
import static lu.econnector.sandbox.mysecu.SoapAssertions.assertFault;
import static lu.econnector.sandbox.mysecu.SoapAssertions.field;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** The sandbox syncexchange's answers and deposits, under an assertion that the sandbox STS issued. */
@ExtendWith(SandboxExtension.class)
class MySecuSyncExchangeTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();
    static final byte[] PDF = ExchangeClient.pdf(90_000, 1);

    static SandboxServer server;
    static ExchangeClient client;
    static Element assertion;
    static Deposits deposits;
    static String pdfSha256;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        client = new ExchangeClient(server);
        HttpResponse<String> issued = new TrustClient(server).issue(MULLER);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertion = TrustClient.assertion(issued);
        deposits = server.mySecu().deposits();
        pdfSha256 = sha256(PDF);
    }

    @Test
    void mtomDepositIsAcceptedAndKept() throws Exception {
        HttpResponse<String> answer = client.sendMtom(envelope(assertion, "msg-mtom", PDF, pdfSha256, true), PDF);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(field(answer, "status")).isEqualTo("ACCEPTED");
        assertThat(field(answer, "reference")).startsWith("MYSECU-");
        assertThat(Instant.parse(field(answer, "receivedAt"))).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(deposits.list()).singleElement().satisfies(deposit -> {
            assertThat(deposit.messageId()).isEqualTo("msg-mtom");
            assertThat(deposit.psCode()).isEqualTo(MULLER.psCode());
            assertThat(deposit.sha256()).isEqualTo(pdfSha256);
            assertThat(deposit.size()).isEqualTo(PDF.length);
            assertThat(deposit.mtom()).isTrue();
            assertThat(deposit.messageType()).isEqualTo("MH.DEPOSIT");
            assertThat(deposit.templateId()).isEqualTo("MH-REPORT");
            assertThat(deposit.templateVersion()).isEqualTo("1.2.0");
            assertThat(deposit.metadata()).containsEntry("language", "fr");
            assertThat(deposit.reference()).isEqualTo(field(answer, "reference"));
        });
    }

    @Test
    void inlineDepositIsAccepted() throws Exception {
        HttpResponse<String> answer = client.sendInline(envelope(assertion, "msg-inline", PDF, pdfSha256, false));

        assertThat(field(answer, "status")).as(answer.body()).isEqualTo("ACCEPTED");
        assertThat(deposits.list()).singleElement().satisfies(deposit -> {
            assertThat(deposit.sha256()).isEqualTo(pdfSha256);
            assertThat(deposit.size()).isEqualTo(PDF.length);
            assertThat(deposit.mtom()).isFalse();
        });
    }

    @Test
    void repeatedMessageIdGetsTheFirstAnswerUnchanged() throws Exception {
        HttpResponse<String> first = client.sendMtom(envelope(assertion, "msg-twice", PDF, pdfSha256, true), PDF);
        byte[] other = ExchangeClient.pdf(1_000, 2);
        HttpResponse<String> again = client.sendMtom(envelope(assertion, "msg-twice", other, sha256(other), true),
                other);

        assertThat(field(first, "status")).as(first.body()).isEqualTo("ACCEPTED");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(deposits.list()).singleElement().extracting(Deposit::sha256).isEqualTo(pdfSha256);
    }

    @Test
    void documentThatDoesNotMatchItsSha256IsRejected() throws Exception {
        String wrong = sha256("another document".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = client.sendMtom(envelope(assertion, "msg-digest", PDF, wrong, true), PDF);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(field(answer, "status")).as(answer.body()).isEqualTo("REJECTED");
        assertThat(field(answer, "code")).isEqualTo("DOC_DIGEST_MISMATCH");
        assertThat(field(answer, "reference")).isNull();
        assertThat(deposits.list()).isEmpty();
    }

    @Test
    void includeOfAnAttachmentThatIsNotThereIsAClientFault() throws Exception {
        // An MTOM envelope sent as plain XML: its xop:Include points at nothing.
        assertFault(client.sendInline(envelope(assertion, "msg-no-part", PDF, pdfSha256, true)), "soap:Client");
        assertThat(deposits.list()).isEmpty();
    }

    @Test
    void depositsAreListedAsJsonAndReset() throws Exception {
        client.sendMtom(envelope(assertion, "msg-listed", PDF, pdfSha256, true), PDF);
        HttpClient http = HttpClient.newBuilder().sslContext(server.ca().clientContext()).build();
        HttpRequest.Builder control = HttpRequest.newBuilder(server.base().resolve("_sandbox/mysecu/deposits"));

        HttpResponse<String> listed = http.send(control.GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> reset = http.send(control.DELETE().build(), HttpResponse.BodyHandlers.ofString());

        JsonArray list = Json.createReader(new StringReader(listed.body())).readArray();
        assertThat(list).hasSize(1);
        JsonObject deposit = list.getJsonObject(0);
        assertThat(deposit.getString("messageId")).isEqualTo("msg-listed");
        assertThat(deposit.getString("psCode")).isEqualTo(MULLER.psCode());
        assertThat(deposit.getString("sha256")).isEqualTo(pdfSha256);
        assertThat(deposit.getInt("size")).isEqualTo(PDF.length);
        assertThat(deposit.getBoolean("mtom")).isTrue();
        assertThat(deposit.getJsonObject("metadata").getString("patientMatricule")).isEqualTo("1978031204512");
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(deposits.list()).isEmpty();
    }

    @Test
    void injectedFaultIsAnsweredInsteadOfTheExchange() throws Exception {
        server.faults().inject("mysecu", "syncexchange", Fault.httpStatus(503));

        HttpResponse<String> answer = client.sendMtom(envelope(assertion, "msg-503", PDF, pdfSha256, true), PDF);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(deposits.list()).isEmpty();
    }

    @Test
    void wsdlIsServedWithThisServersAddress() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(server.ca().clientContext()).build();
        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(
                server.base().resolve("ws/soap/espinst/syncexchange?wsdl")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("name=\"exchange\"",
                "location=\"" + server.base().resolve("ws/soap/espinst/syncexchange") + "\"");
    }
}
