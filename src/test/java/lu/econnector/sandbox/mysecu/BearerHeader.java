package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.DS;
import static lu.econnector.sandbox.mysecu.Soap.SAML2;
import static lu.econnector.sandbox.mysecu.Soap.child;
import static lu.econnector.sandbox.mysecu.Soap.childText;

import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code wsse:Security} header of a syncexchange request (docs/upstreams.md 4.2): the bearer
 * assertion of this STS (WS-Security SAML Token Profile 1.1, section 3.3: the assertion as a
 * direct child of the header) and a Timestamp (SOAP Message Security 1.1, section 10).
 * The assertion must verify with the STS certificate as SAML Core 2.0 section 5.4 wants it
 * signed, come from this STS's issuer, and be within its Conditions (section 2.5.1.2).
 */
final class BearerHeader {

    private static final XMLSignatureFactory SIGNATURES = XMLSignatureFactory.getInstance("DOM");
    /** SAML Core 5.4.4: nothing but these transforms on an assertion's reference. */
    private static final Set<String> TRANSFORMS = Set.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS);

    private final String issuer;
    private final PublicKey sts;

    BearerHeader(String issuer, PublicKey sts) {
        this.issuer = issuer;
        this.sts = sts;
    }

    /** The ps_code that the assertion names; a fault when the header is not acceptable. */
    String psCode(Document request, Instant now) throws SoapFault {
        Element security = child(child(request.getDocumentElement(), Soap.ENV, "Header"), Soap.WSSE, "Security");
        Element assertion = child(security, SAML2, "Assertion");
        if (assertion == null) {
            throw SoapFault.invalidSecurityToken("no SAML 2.0 assertion in wsse:Security");
        }
        verifySignature(assertion);
        if (!issuer.equals(childText(assertion, SAML2, "Issuer"))) {
            throw SoapFault.invalidSecurityToken("the assertion was not issued by this STS");
        }
        Element conditions = child(assertion, SAML2, "Conditions");
        Instant notBefore = instant(conditions, "NotBefore");
        Instant notOnOrAfter = instant(conditions, "NotOnOrAfter");
        if (notOnOrAfter == null || !now.isBefore(notOnOrAfter) || (notBefore != null && now.isBefore(notBefore))) {
            throw SoapFault.invalidSecurityToken("the assertion has expired or is not valid yet");
        }
        String psCode = childText(child(assertion, SAML2, "Subject"), SAML2, "NameID");
        if (psCode == null || psCode.isEmpty()) {
            throw SoapFault.invalidSecurityToken("the assertion names no subject");
        }
        checkTimestamp(child(security, Soap.WSU, "Timestamp"), now);
        return psCode;
    }

    private void verifySignature(Element assertion) throws SoapFault {
        String id = assertion.getAttributeNS(null, "ID");
        Element signature = child(assertion, DS, "Signature");
        if (id.isEmpty() || signature == null) {
            throw SoapFault.invalidSecurityToken("the assertion is not signed");
        }
        assertion.setIdAttributeNS(null, "ID", true);
        try {
            DOMValidateContext context = new DOMValidateContext(sts, signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature xml = SIGNATURES.unmarshalXMLSignature(context);
            List<?> references = xml.getSignedInfo().getReferences();
            // SAML Core 5.4.2: one reference, to this assertion; otherwise a signature over some
            // other element could pass for the assertion's (signature wrapping).
            if (references.size() != 1 || !("#" + id).equals(((Reference) references.get(0)).getURI())
                    || !onlySamlTransforms((Reference) references.get(0))
                    || !SignatureMethod.RSA_SHA256.equals(xml.getSignedInfo().getSignatureMethod().getAlgorithm())) {
                throw SoapFault.invalidSecurityToken("the assertion's signature is not SAML Core 5.4's");
            }
            if (!xml.validate(context)) {
                throw SoapFault.invalidSecurityToken("the assertion's signature does not verify with the STS key");
            }
        } catch (MarshalException | XMLSignatureException e) {
            throw SoapFault.invalidSecurityToken("the assertion's signature cannot be checked: " + e.getMessage());
        }
    }

    private static boolean onlySamlTransforms(Reference reference) {
        return reference.getTransforms().stream().allMatch(t -> TRANSFORMS.contains(((Transform) t).getAlgorithm()));
    }

    /** SOAP Message Security 1.1, section 10: a message whose Timestamp has expired is refused. */
    private static void checkTimestamp(Element timestamp, Instant now) throws SoapFault {
        if (timestamp == null) {
            throw SoapFault.invalidSecurity("no wsu:Timestamp in wsse:Security");
        }
        String text = childText(timestamp, Soap.WSU, "Expires");
        Instant expires;
        try {
            expires = Instant.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw SoapFault.invalidSecurity("wsu:Timestamp without a valid wsu:Expires");
        }
        if (!now.isBefore(expires)) {
            throw SoapFault.messageExpired("the wsu:Timestamp expired at " + expires);
        }
    }

    private static Instant instant(Element element, String attribute) throws SoapFault {
        if (element == null || !element.hasAttributeNS(null, attribute)) {
            return null;
        }
        try {
            return Instant.parse(element.getAttributeNS(null, attribute));
        } catch (DateTimeParseException e) {
            throw SoapFault.invalidSecurityToken("the assertion's " + attribute + " is not a UTC dateTime");
        }
    }
}
