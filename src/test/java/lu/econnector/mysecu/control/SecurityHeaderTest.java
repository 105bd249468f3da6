package lu.econnector.mysecu.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import lu.econnector.mysecu.entity.SamlAssertion;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SecurityHeaderTest {

    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Test
    void timestampThenTheAssertionNodeForNode() {
        String xml = "<saml2:Assertion xmlns:saml2=\"" + SAML2 + "\" ID=\"_a1\">\n  <saml2:Issuer>sts</saml2:Issuer>"
                + "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">AAA&#13;\nBBB</ds:Signature>"
                + "</saml2:Assertion>";

        Element security = SecurityHeader.of(new SamlAssertion(xml, "90812100", NOW.plusSeconds(3600)), NOW);

        assertThat(security.getNamespaceURI()).isEqualTo(SecurityHeader.WSSE);
        Element timestamp = (Element) security.getFirstChild();
        assertThat(timestamp.getLocalName()).isEqualTo("Timestamp");
        assertThat(timestamp.getTextContent()).isEqualTo("2026-03-01T10:15:30.123Z2026-03-01T10:20:30.123Z");
        Element assertion = (Element) timestamp.getNextSibling();
        assertThat(assertion.getNamespaceURI()).isEqualTo(SAML2);
        assertThat(assertion.getAttribute("ID")).isEqualTo("_a1");
        // Whitespace and the carriage return of the signature value, as signed.
        assertThat(assertion.getFirstChild().getNodeValue()).isEqualTo("\n  ");
        assertThat(assertion.getLastChild().getTextContent()).isEqualTo("AAA\r\nBBB");
    }

    @Test
    void assertionWithADoctypeIsRefusedWithoutQuotingIt() {
        String xml = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><saml2:Assertion xmlns:saml2=\""
                + SAML2 + "\">&x;secret-bits</saml2:Assertion>";

        IllegalArgumentException refused = catchThrowableOfType(IllegalArgumentException.class,
                () -> SecurityHeader.of(new SamlAssertion(xml, "90812100", NOW.plusSeconds(3600)), NOW));

        assertThat(refused).hasMessageContaining("90812100").hasMessageNotContaining("secret-bits")
                .hasMessageNotContaining("DOCTYPE");
    }
}
