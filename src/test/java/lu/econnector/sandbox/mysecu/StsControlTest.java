package lu.econnector.sandbox.mysecu;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/** The STS's test controls: the Issue count, short-lived assertions, the XXE answer; in-process and over HTTP. */
@ExtendWith(SandboxExtension.class)
class StsControlTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();

    static SandboxServer server;
    static TrustClient client;
    static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        client = new TrustClient(server);
        http = HttpClient.newBuilder().sslContext(server.ca().clientContext()).build();
    }

    @Test
    void issueRequestsAreCountedButNotThoseAnInjectedFaultAnswered() throws Exception {
        client.issue(MULLER);
        client.issue(MULLER);
        server.faults().inject(MySecuSimulator.UPSTREAM, "sts", Fault.httpStatus(503));
        client.issue(MULLER);

        assertThat(server.mySecu().sts().issueRequests()).isEqualTo(2);
        server.reset();
        assertThat(server.mySecu().sts().issueRequests()).isZero();
    }

    @Test
    void shortenedLifetimeBoundsTheAssertionAndTheRstrLifetime() throws Exception {
        server.mySecu().sts().assertionLifetime(Duration.ofSeconds(5));

        Element assertion = TrustClient.assertion(client.issue(MULLER));

        Element conditions = (Element) assertion.getElementsByTagNameNS(Soap.SAML2, "Conditions").item(0);
        Instant notOnOrAfter = Instant.parse(conditions.getAttribute("NotOnOrAfter"));
        assertThat(notOnOrAfter).isBetween(Instant.now(), Instant.now().plusSeconds(6));
        assertThat(MySecuStsTest.verifies(assertion, server.ca().sts().certificate().getPublicKey())).isTrue();
    }

    @Test
    void xxeAnswerDeclaresAnExternalEntityInPlaceOfTheNameId() throws Exception {
        server.mySecu().sts().misbehave(StsMisbehaviour.XXE);

        HttpResponse<String> answer = client.issue(MULLER);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                "<saml2:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">&xxe;</saml2:NameID>");
    }

    @Test
    void foreignSubjectNamesAnotherProfessional() throws Exception {
        server.mySecu().sts().misbehave(StsMisbehaviour.FOREIGN_SUBJECT);

        Element assertion = TrustClient.assertion(client.issue(MULLER));

        assertThat(SoapAssertions.text(assertion, Soap.SAML2, "NameID")).isNotEqualTo(MULLER.psCode());
    }

    @Test
    void httpControlSetsReadsAndClears() throws Exception {
        JsonObject set = control("POST", "{\"mode\":\"xxe\",\"lifetimeSeconds\":30}", 200);
        assertThat(set.getString("mode")).isEqualTo("xxe");
        assertThat(set.getInt("lifetimeSeconds")).isEqualTo(30);
        client.issue(MULLER);

        assertThat(control("GET", null, 200).getInt("issueRequests")).isEqualTo(1);
        control("POST", "{\"mode\":\"polite\"}", 400);
        control("DELETE", null, 204);
        JsonObject cleared = control("GET", null, 200);
        assertThat(cleared.containsKey("mode")).isFalse();
        assertThat(cleared.getInt("issueRequests")).isZero();
        assertThat(cleared.getInt("lifetimeSeconds")).isEqualTo(3600);
    }

    private static JsonObject control(String method, String json, int status) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        server.base().resolve(MySecuSimulator.STS_CONTROL_PATH.substring(1)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return answer.body().isEmpty() ? null : Json.createReader(new StringReader(answer.body())).readObject();
    }
}
