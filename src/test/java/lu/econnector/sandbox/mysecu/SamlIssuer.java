package lu.econnector.sandbox.mysecu;

import static lu.econnector.sandbox.mysecu.Soap.SAML2;
import static lu.econnector.sandbox.mysecu.Soap.XMLNS;
import static lu.econnector.sandbox.mysecu.Soap.append;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.pki.Certificates;
import org.w3c.dom.Element;

/**
 * The STS's SAML 2.0 assertion (SAML Core 2.0, section 2.3.3): the professional's ps_code as
 * the Subject's NameID, a bearer confirmation (SAML Profiles 2.0, section 3.3: syncexchange
 * requests carry no signature of their own), Conditions bounding its use, an AuthnStatement
 * and the professional's attributes. Signed as SAML Core section 5.4 requires: an enveloped
 * XML Signature placed right after the Issuer (the schema's order), whose one Reference
 * points at the assertion's ID, exclusive C14N; here RSA-SHA256 with the STS key.
 */
final class SamlIssuer {

    static final Duration VALIDITY = Duration.ofHours(1);
    private static final String UNSPECIFIED_NAME = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    private static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    private static final String BASIC_ATTRIBUTE = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic";
    /** The PS authenticated at AeS; mySecu only saw the resulting token, so no finer class. */
    private static final String UNSPECIFIED_CONTEXT = "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified";

    private final String issuer;
    private final Certificates.Issued key;

    /** @param key what signs: the STS's key and certificate */
    SamlIssuer(String issuer, Certificates.Issued key) {
        this.issuer = issuer;
        this.key = key;
    }

    /** Appends a signed assertion, issued at {@code now}, to {@code parent}. */
    Element issue(Element parent, Professional professional, Instant now) {
        return issue(parent, professional, now, VALIDITY);
    }

    /** @param validity how long after its issue the assertion may be used */
    Element issue(Element parent, Professional professional, Instant now, Duration validity) {
        Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expires = issued.plus(validity);
        Element assertion = append(parent, SAML2, "saml2:Assertion", null);
        assertion.setAttributeNS(XMLNS, "xmlns:saml2", SAML2);
        String id = "_" + UUID.randomUUID();
        assertion.setAttributeNS(null, "ID", id);
        assertion.setIdAttributeNS(null, "ID", true);
        assertion.setAttributeNS(null, "IssueInstant", issued.toString());
        assertion.setAttributeNS(null, "Version", "2.0");
        append(assertion, SAML2, "saml2:Issuer", issuer);
        Element subject = subject(assertion, professional, expires);
        Element conditions = append(assertion, SAML2, "saml2:Conditions", null);
        conditions.setAttributeNS(null, "NotBefore", issued.toString());
        conditions.setAttributeNS(null, "NotOnOrAfter", expires.toString());
        statements(assertion, professional, issued);
        sign(assertion, id, subject);
        return assertion;
    }

    private static Element subject(Element assertion, Professional professional, Instant expires) {
        Element subject = append(assertion, SAML2, "saml2:Subject", null);
        append(subject, SAML2, "saml2:NameID", professional.psCode()).setAttributeNS(null, "Format", UNSPECIFIED_NAME);
        Element confirmation = append(subject, SAML2, "saml2:SubjectConfirmation", null);
        confirmation.setAttributeNS(null, "Method", BEARER);
        append(confirmation, SAML2, "saml2:SubjectConfirmationData", null)
                .setAttributeNS(null, "NotOnOrAfter", expires.toString());
        return subject;
    }

    private static void statements(Element assertion, Professional professional, Instant issued) {
        Element authn = append(assertion, SAML2, "saml2:AuthnStatement", null);
        authn.setAttributeNS(null, "AuthnInstant", issued.toString());
        append(append(authn, SAML2, "saml2:AuthnContext", null), SAML2, "saml2:AuthnContextClassRef",
                UNSPECIFIED_CONTEXT);
        Element attributes = append(assertion, SAML2, "saml2:AttributeStatement", null);
        attribute(attributes, "ps_code", professional.psCode());
        attribute(attributes, "preferred_username", professional.username());
        attribute(attributes, "name", professional.name());
    }

    private static void attribute(Element statement, String name, String value) {
        Element attribute = append(statement, SAML2, "saml2:Attribute", null);
        attribute.setAttributeNS(null, "Name", name);
        attribute.setAttributeNS(null, "NameFormat", BASIC_ATTRIBUTE);
        append(attribute, SAML2, "saml2:AttributeValue", value);
    }

    private void sign(Element assertion, String id, Element before) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("#" + id,
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(key.certificate()))));
            DOMSignContext context = new DOMSignContext(key.privateKey(), assertion, before);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("cannot sign the assertion", e);
        }
    }
}
