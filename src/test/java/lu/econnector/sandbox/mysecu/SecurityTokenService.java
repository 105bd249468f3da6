package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.WSSE;
import static lu.econnector.sandbox.mysecu.Soap.WST;
import static lu.econnector.sandbox.mysecu.Soap.WSU;
import static lu.econnector.sandbox.mysecu.Soap.XMLNS;
import static lu.econnector.sandbox.mysecu.Soap.append;
import static lu.econnector.sandbox.mysecu.Soap.child;
import static lu.econnector.sandbox.mysecu.Soap.childText;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import lu.econnector.sandbox.Http;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.aes.AesKeys;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The mySecu STS at {@code /ws/soap/trust} (docs/upstreams.md 4.1): a WS-Trust 1.3 Issue
 * (sections 3.1 and 4.1) of a SAML 2.0 assertion for the professional whose AeS token the
 * request carries in {@code OnBehalfOf} (section 9), answered in a
 * {@code RequestSecurityTokenResponseCollection} (section 4.3) with its Lifetime. The
 * request's signature is checked first: nothing of an unauthenticated body is trusted.
 * Tests count its Issue requests, shorten its assertions' lifetime or make it misbehave with
 * {@link StsControl}.
 */
final class SecurityTokenService implements HttpHandler {

    static final String SAML2_TOKEN_TYPE = "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV2.0";
    static final String ISSUE = "http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue";
    static final String JWT_VALUE_TYPE = "urn:ietf:params:oauth:token-type:jwt";

    private final GenericSignature signature;
    private final AesKeys aesKeys;
    private final SamlIssuer issuer;
    private final Wsdls wsdls;
    private final StsControl control;

    SecurityTokenService(GenericSignature signature, AesKeys aesKeys, SamlIssuer issuer, Wsdls wsdls,
                         StsControl control) {
        this.signature = signature;
        this.aesKeys = aesKeys;
        this.issuer = issuer;
        this.wsdls = wsdls;
        this.control = control;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (Wsdls.answersGet(exchange, wsdls.trust())) {
            return;
        }
        control.countIssueRequest();
        try {
            Professional professional = authenticate(exchange);
            answer(exchange, professional);
        } catch (SoapFault fault) {
            Soap.sendFault(exchange, fault);
        }
    }

    private Professional authenticate(HttpExchange exchange) throws SoapFault {
        Document request;
        Element body;
        try {
            request = Soap.parse(exchange.getRequestBody());
            body = Soap.body(request);
        } catch (SoapFault notSoap) {
            throw SoapFault.invalidRequest(notSoap.getMessage());
        }
        signature.verify(request, body);
        String token = onBehalfOf(child(body, WST, "RequestSecurityToken"));
        String psCode = aesKeys.verify(token).map(claims -> claims.getClaim("ps_code"))
                .map(Object::toString)
                .orElseThrow(() -> SoapFault.failedAuthentication("OnBehalfOf: not a valid AeS token"));
        return Professional.byPsCode(psCode).filter(Professional::knownToMySecu)
                .orElseThrow(() -> SoapFault.failedAuthentication("professional " + psCode + " unknown to mySecu"));
    }

    /** The AeS access token of an Issue request for a SAML 2.0 token. */
    private static String onBehalfOf(Element rst) throws SoapFault {
        if (rst == null) {
            throw SoapFault.invalidRequest("the Body holds no wst:RequestSecurityToken");
        }
        if (!SAML2_TOKEN_TYPE.equals(childText(rst, WST, "TokenType"))) {
            throw SoapFault.invalidRequest("wst:TokenType must be " + SAML2_TOKEN_TYPE);
        }
        if (!ISSUE.equals(childText(rst, WST, "RequestType"))) {
            throw SoapFault.invalidRequest("wst:RequestType must be " + ISSUE);
        }
        Element token = child(child(rst, WST, "OnBehalfOf"), WSSE, "BinarySecurityToken");
        if (token == null || !JWT_VALUE_TYPE.equals(token.getAttributeNS(null, "ValueType"))) {
            throw SoapFault.invalidRequest("wst:OnBehalfOf must hold a JWT wsse:BinarySecurityToken");
        }
        return token.getTextContent().trim();
    }

    /** The assertion for the professional, unless a test made the STS misbehave. */
    private void answer(HttpExchange exchange, Professional professional) throws IOException {
        StsMisbehaviour misbehaviour = control.misbehaviour().orElse(null);
        if (misbehaviour == StsMisbehaviour.FOREIGN_SUBJECT) {
            Soap.send(exchange, issue(anotherThan(professional), Instant.now()));
        } else if (misbehaviour == StsMisbehaviour.XXE) {
            byte[] genuine = Soap.serialize(issue(professional, Instant.now()).getOwnerDocument());
            Http.send(exchange, 200, "text/xml; charset=utf-8",
                    StsControl.withExternalEntity(genuine, professional.psCode()));
        } else {
            Soap.send(exchange, issue(professional, Instant.now()));
        }
    }

    private static Professional anotherThan(Professional professional) {
        return Professional.ALL.stream().filter(p -> p.knownToMySecu() && !p.equals(professional))
                .findFirst().orElseThrow();
    }

    private Element issue(Professional professional, Instant now) {
        Duration validity = control.assertionLifetime();
        Element body = Soap.newEnvelope();
        Element collection = append(body, WST, "wst:RequestSecurityTokenResponseCollection", null);
        collection.setAttributeNS(XMLNS, "xmlns:wst", WST);
        collection.setAttributeNS(XMLNS, "xmlns:wsu", WSU);
        Element response = append(collection, WST, "wst:RequestSecurityTokenResponse", null);
        append(response, WST, "wst:TokenType", SAML2_TOKEN_TYPE);
        issuer.issue(append(response, WST, "wst:RequestedSecurityToken", null), professional, now, validity);
        Element lifetime = append(response, WST, "wst:Lifetime", null);
        Instant created = now.truncatedTo(ChronoUnit.SECONDS);
        append(lifetime, WSU, "wsu:Created", created.toString());
        append(lifetime, WSU, "wsu:Expires", created.plus(validity).toString());
        append(response, WST, "wst:RequestType", ISSUE);
        return body;
    }
}
