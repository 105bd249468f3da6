package lu.econnector.sandbox.mysecu;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import lu.econnector.mysecu.entity.SamlAssertion;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxServer;
import org.w3c.dom.Element;

/**
 * SAML assertions of the sandbox STS as the eConnector holds them ({@link SamlAssertion}: the
 * element serialised alone, as received), for tests of code that forwards them: one issued
 * over HTTPS by the STS for a signed WS-Trust request, and ones syncexchange must refuse.
 */
public final class SandboxAssertions {

    private SandboxAssertions() {
    }

    /** Issued now by the sandbox STS, through a real signed WS-Trust request. */
    public static SamlAssertion issued(SandboxServer server, Professional professional) throws Exception {
        HttpResponse<String> answer = new TrustClient(server).issue(professional);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the sandbox STS answered " + answer.statusCode());
        }
        return of(TrustClient.assertion(answer), professional);
    }

    /** Signed by the STS, but its validity ended a minute ago. */
    public static SamlAssertion expired(SandboxServer server, Professional professional) {
        Instant issued = Instant.now().minus(SamlIssuer.VALIDITY).minus(Duration.ofMinutes(1));
        return of(new SamlIssuer(stsUrl(server), server.ca().sts()).issue(Soap.newEnvelope(), professional, issued),
                professional);
    }

    /** Valid and signed by the STS key, but naming another issuer than this STS. */
    public static SamlAssertion foreign(SandboxServer server, Professional professional) {
        return of(new SamlIssuer("https://sts.elsewhere.example/trust", server.ca().sts())
                .issue(Soap.newEnvelope(), professional, Instant.now()), professional);
    }

    private static String stsUrl(SandboxServer server) {
        return server.base().resolve(Wsdls.TRUST_PATH.substring(1)).toString();
    }

    private static SamlAssertion of(Element assertion, Professional professional) {
        Element conditions = Soap.child(assertion, Soap.SAML2, "Conditions");
        return new SamlAssertion(serialise(assertion), professional.psCode(),
                Instant.parse(conditions.getAttributeNS(null, "NotOnOrAfter")));
    }

    /** The element alone, no XML declaration, never indented (that would break its signature). */
    private static String serialise(Element element) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
