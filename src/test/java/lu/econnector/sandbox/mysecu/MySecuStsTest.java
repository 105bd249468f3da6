package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.SoapAssertions.assertFault;
import static lu.econnector.sandbox.mysecu.SoapAssertions.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.aes.AesKeys;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.pki.Certificates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The sandbox STS, called with requests signed by WSS4J the way the eConnector signs them. */
@ExtendWith(SandboxExtension.class)
class MySecuStsTest {

    static final Professional MULLER = Professional.byUsername("dr.muller").orElseThrow();
    static final Professional WEBER = Professional.byUsername("dr.weber").orElseThrow();

    static SandboxServer server;
    static TrustClient client;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        client = new TrustClient(server);
    }

    @Test
    void wellSignedRequestGetsAnAssertionOnTheProfessionalSignedByTheSts() throws Exception {
        HttpResponse<String> answer = client.issue(MULLER);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Element assertion = TrustClient.assertion(answer);
        Element envelope = assertion.getOwnerDocument().getDocumentElement();
        assertThat(envelope.getElementsByTagNameNS(Soap.WST, "RequestSecurityTokenResponseCollection").getLength())
                .isEqualTo(1);
        assertThat(assertion.getParentNode().getLocalName()).isEqualTo("RequestedSecurityToken");
        assertThat(text(assertion, Soap.SAML2, "NameID")).isEqualTo(MULLER.psCode());
        assertThat(verifies(assertion, server.ca().sts().certificate().getPublicKey())).isTrue();
        assertThat(verifies(assertion, server.ca().generic().certificate().getPublicKey())).isFalse();
        Element conditions = (Element) assertion.getElementsByTagNameNS(Soap.SAML2, "Conditions").item(0);
        Instant notOnOrAfter = Instant.parse(conditions.getAttribute("NotOnOrAfter"));
        assertThat(notOnOrAfter).isBetween(Instant.now().plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(Instant.parse(text(envelope, Soap.WSU, "Expires"))).isEqualTo(notOnOrAfter);
    }

    @Test
    void tamperedBodyIsRefusedWithFailedAuthentication() throws Exception {
        Document signed = TrustClient.sign(TrustClient.request(client.psToken(MULLER)), server.ca().generic());
        // After signing, swap in another professional's token, itself perfectly valid.
        signed.getElementsByTagNameNS(Soap.WST, "OnBehalfOf").item(0).getFirstChild()
                .setTextContent(client.psToken(WEBER));

        assertThat(assertFault(client.post(signed), "wst:FailedAuthentication")).contains("signature");
    }

    @Test
    void signatureThatLeavesTheBodyOutIsRefused() throws Exception {
        Document timestampOnly = TrustClient.sign(TrustClient.request(client.psToken(MULLER)), server.ca().generic(),
                false);

        assertThat(assertFault(client.post(timestampOnly), "wst:FailedAuthentication")).contains("SOAP Body");
    }

    @Test
    void requestSignedByAKeyOutsideTheSandboxPkiIsRefused() throws Exception {
        Certificates.Issued intruder = Certificates.selfSigned("CN=Intruder,O=Elsewhere,C=LU",
                Certificates.Role.CLIENT, null);

        assertFault(client.post(TrustClient.sign(TrustClient.request(client.psToken(MULLER)), intruder)),
                "wst:FailedAuthentication");
    }

    @Test
    void requestSignedByAnotherCertificateOfTheSandboxRootIsRefused() throws Exception {
        Document signedBySts = TrustClient.sign(TrustClient.request(client.psToken(MULLER)), server.ca().sts());

        assertThat(assertFault(client.post(signedBySts), "wst:FailedAuthentication")).contains("generic certificate");
    }

    @Test
    void unsignedRequestIsRefused() throws Exception {
        assertFault(client.post(TrustClient.request(client.psToken(MULLER))), "wst:FailedAuthentication");
    }

    @Test
    void professionalUnknownToMySecuIsRefused() throws Exception {
        Professional unknown = Professional.byUsername("dr.nomysecu").orElseThrow();

        assertThat(assertFault(client.issue(unknown), "wst:FailedAuthentication")).contains("unknown to mySecu");
    }

    @Test
    void tokenNotSignedByTheSandboxAesIsRefused() throws Exception {
        // Same issuer and claims, but signed by a key that the sandbox AeS never published.
        String forged = new AesKeys(server.aesKeys().issuer())
                .sign(SignedJWT.parse(client.psToken(MULLER)).getJWTClaimsSet());

        Document request = TrustClient.sign(TrustClient.request(forged), server.ca().generic());
        assertThat(assertFault(client.post(request), "wst:FailedAuthentication")).contains("AeS token");
    }

    @Test
    void requestForAnotherTokenTypeIsInvalid() throws Exception {
        Document request = TrustClient.request(client.psToken(MULLER), "urn:oasis:names:tc:SAML:1.0:assertion");

        assertFault(client.post(TrustClient.sign(request, server.ca().generic())), "wst:InvalidRequest");
    }

    @Test
    void bodyThatIsNotXmlIsInvalid() throws Exception {
        assertFault(client.post("<soap:Envelope".getBytes(StandardCharsets.UTF_8)), "wst:InvalidRequest");
    }

    @Test
    void injectedFaultIsAnsweredInsteadOfTheToken() throws Exception {
        server.faults().inject("mysecu", "sts", Fault.httpStatus(503));

        assertThat(client.issue(MULLER).statusCode()).isEqualTo(503);
    }

    @Test
    void wsdlIsServedToTheHealthProbe() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(server.ca().clientContext()).build();
        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(server.base().resolve("ws/soap/trust?wsdl"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plainGet = http.send(HttpRequest.newBuilder(server.base().resolve("ws/soap/trust"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("wsdl:definitions", server.base().resolve("ws/soap/trust").toString());
        assertThat(plainGet.statusCode()).isEqualTo(405);
    }

    /** The assertion's enveloped signature, checked here with JDK XML DSig rather than by the simulator. */
    static boolean verifies(Element assertion, PublicKey key) throws Exception {
        assertion.setIdAttributeNS(null, "ID", true);
        Element signature = (Element) assertion.getElementsByTagNameNS(Soap.DS, "Signature").item(0);
        DOMValidateContext context = new DOMValidateContext(key, signature);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }
}
