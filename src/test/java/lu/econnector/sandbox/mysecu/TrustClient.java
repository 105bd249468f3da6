package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.WSSE;
import static lu.econnector.sandbox.mysecu.Soap.WST;
import static lu.econnector.sandbox.mysecu.Soap.XMLNS;
import static lu.econnector.sandbox.mysecu.Soap.append;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.pki.Certificates;
import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.crypto.WSProviderConfig;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The STS request as the eConnector is to send it (docs/upstreams.md 4.1, docs/verified-facts.md): a WS-Trust
 * Issue on behalf of the professional's AeS token, signed with WSS4J (Timestamp, X.509
 * BinarySecurityToken, RSA-SHA256, SHA-256, exclusive C14N, Body + Timestamp), posted with
 * the JDK's HTTP client. Test code: each step is separate so that tests can spoil one.
 */
final class TrustClient {

    static {
        WSProviderConfig.init(false, false, false);
    }

    private final SandboxServer server;
    private final HttpClient http;

    TrustClient(SandboxServer server) throws Exception {
        this.server = server;
        this.http = HttpClient.newBuilder().sslContext(server.ca().clientContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An access token of the sandbox AeS for this professional, valid five minutes. */
    String psToken(Professional professional) {
        Instant now = Instant.now();
        return server.aesKeys().sign(new JWTClaimsSet.Builder().issuer(server.aesKeys().issuer())
                .subject(UUID.randomUUID().toString()).claim("preferred_username", professional.username())
                .claim("ps_code", professional.psCode()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).build());
    }

    /** The unsigned envelope of an Issue request for a SAML 2.0 token. */
    static Document request(String psToken, String tokenType) {
        Element body = Soap.newEnvelope();
        Element rst = append(body, WST, "wst:RequestSecurityToken", null);
        rst.setAttributeNS(XMLNS, "xmlns:wst", WST);
        append(rst, WST, "wst:TokenType", tokenType);
        append(rst, WST, "wst:RequestType", SecurityTokenService.ISSUE);
        Element token = append(append(rst, WST, "wst:OnBehalfOf", null), WSSE, "wsse:BinarySecurityToken", psToken);
        token.setAttributeNS(XMLNS, "xmlns:wsse", WSSE);
        token.setAttributeNS(null, "ValueType", SecurityTokenService.JWT_VALUE_TYPE);
        return body.getOwnerDocument();
    }

    static Document request(String psToken) {
        return request(psToken, SecurityTokenService.SAML2_TOKEN_TYPE);
    }

    /** Adds the wsse:Security header: a Timestamp, and a signature by {@code key} over Body and Timestamp. */
    static Document sign(Document request, Certificates.Issued key) throws Exception {
        return sign(request, key, true);
    }

    /** @param body false: the signature covers the Timestamp only */
    static Document sign(Document request, Certificates.Issued key, boolean body) throws Exception {
        WSSecHeader header = new WSSecHeader(request);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo("signer", Certificates.STORE_PASSWORD);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSS4JConstants.RSA_SHA256);
        signature.setDigestAlgo(WSS4JConstants.SHA256);
        signature.setSigCanonicalization(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
        if (body) {
            signature.getParts().add(new WSEncryptionPart("Body", Soap.ENV, ""));
        }
        signature.getParts().add(new WSEncryptionPart("Timestamp", WSS4JConstants.WSU_NS, ""));
        Merlin crypto = new Merlin();
        crypto.setKeyStore(Certificates.keyStore("signer", key));
        signature.build(crypto);
        return request;
    }

    HttpResponse<String> post(Document envelope) throws Exception {
        return post(Soap.serialize(envelope));
    }

    HttpResponse<String> post(byte[] envelope) throws Exception {
        return http.send(HttpRequest.newBuilder(server.base().resolve("ws/soap/trust"))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/Issue\"")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A signed request for this professional, answered by the STS. */
    HttpResponse<String> issue(Professional professional) throws Exception {
        return post(sign(request(psToken(professional)), server.ca().generic()));
    }

    /** The assertion of a successful answer, as a DOM element of the answer's document. */
    static Element assertion(HttpResponse<String> answer) throws SoapFault {
        Document document = Soap.parse(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)));
        Element assertion = (Element) document.getElementsByTagNameNS(Soap.SAML2, "Assertion").item(0);
        if (assertion == null) {
            throw new AssertionError("no assertion in " + answer.body());
        }
        return assertion;
    }
}
