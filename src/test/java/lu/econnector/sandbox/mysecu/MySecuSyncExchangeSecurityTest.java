package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.ExchangeClient.envelope;
import static lu.econnector.sandbox.mysecu.SoapAssertions.assertFault;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The sandbox syncexchange's wsse:Security check: only an intact, current assertion of this
 * STS, with a Timestamp, gets a document in. Foreign assertions are made with the simulator's
 * own SamlIssuer, given another key, issuer or time.
 */
@ExtendWith(SandboxExtension.class)
class MySecuSyncExchangeSecurityTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();
    static final byte[] PDF = ExchangeClient.pdf(10_000, 3);

    static SandboxServer server;
    static ExchangeClient client;
    static Element assertion;
    static String pdfSha256;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        client = new ExchangeClient(server);
        assertion = TrustClient.assertion(new TrustClient(server).issue(MULLER));
        pdfSha256 = ExchangeClient.sha256(PDF);
    }

    @Test
    void theStsAssertionGetsTheDocumentIn() throws Exception {
        // The baseline that every refusal below departs from by one thing.
        assertThat(SoapAssertions.field(client.sendInline(envelope(assertion, "msg-ok", PDF, pdfSha256, false)),
                "status")).isEqualTo("ACCEPTED");
    }

    @Test
    void missingAssertionIsAnInvalidSecurityToken() throws Exception {
        assertFault(client.sendInline(envelope(null, "msg-anonymous", PDF, pdfSha256, false)),
                "wsse:InvalidSecurityToken");
        assertThat(server.mySecu().deposits().list()).isEmpty();
    }

    @Test
    void assertionChangedAfterSigningIsAnInvalidSecurityToken() throws Exception {
        Document request = envelope(assertion, "msg-forged", PDF, pdfSha256, false);
        request.getElementsByTagNameNS(Soap.SAML2, "NameID").item(0).setTextContent("90812201");

        assertThat(assertFault(client.sendInline(request), "wsse:InvalidSecurityToken")).contains("signature");
        assertThat(server.mySecu().deposits().list()).isEmpty();
    }

    @Test
    void assertionSignedByAnotherKeyIsAnInvalidSecurityToken() throws Exception {
        Element forged = new SamlIssuer(stsUrl(), server.ca().generic()).issue(Soap.newEnvelope(), MULLER, Instant.now());

        assertThat(assertFault(client.sendInline(envelope(forged, "msg-key", PDF, pdfSha256, false)),
                "wsse:InvalidSecurityToken")).contains("STS key");
    }

    @Test
    void assertionOfAnotherIssuerIsAnInvalidSecurityToken() throws Exception {
        Element foreign = new SamlIssuer("https://sts.elsewhere.example/trust", server.ca().sts())
                .issue(Soap.newEnvelope(), MULLER, Instant.now());

        assertThat(assertFault(client.sendInline(envelope(foreign, "msg-issuer", PDF, pdfSha256, false)),
                "wsse:InvalidSecurityToken")).contains("not issued by this STS");
    }

    @Test
    void expiredAssertionIsAnInvalidSecurityToken() throws Exception {
        Element expired = new SamlIssuer(stsUrl(), server.ca().sts())
                .issue(Soap.newEnvelope(), MULLER, Instant.now().minus(Duration.ofMinutes(61)));

        assertThat(assertFault(client.sendInline(envelope(expired, "msg-expired", PDF, pdfSha256, false)),
                "wsse:InvalidSecurityToken")).contains("expired");
    }

    @Test
    void securityHeaderWithoutTimestampIsRefused() throws Exception {
        Document request = envelope(assertion, "msg-no-timestamp", PDF, pdfSha256, false);
        Element timestamp = (Element) request.getElementsByTagNameNS(Soap.WSU, "Timestamp").item(0);
        timestamp.getParentNode().removeChild(timestamp);

        assertFault(client.sendInline(request), "wsse:InvalidSecurity");
    }

    static String stsUrl() {
        return server.base().resolve("ws/soap/trust").toString();
    }
}
