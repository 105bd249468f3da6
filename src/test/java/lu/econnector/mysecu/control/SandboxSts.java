package lu.econnector.mysecu.control;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import lu.econnector.auth.entity.Professional;
import lu.econnector.config.entity.KeyStoreFile;
import lu.econnector.config.entity.Secret;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.upstream.control.UpstreamHttp;
import org.w3c.dom.Element;

/**
 * The STS client pointed at the sandbox's mySecu over real HTTPS, with the generic keystore
 * and settings that the sandbox writes for the eConnector, and professionals carrying tokens
 * of the sandbox AeS. Public for the sandbox's own check that syncexchange accepts what
 * this client obtains.
 */
public final class SandboxSts {

    static final URI ENROLMENT_PORTAL = URI.create("https://www.mysecu.lu/enrolment");

    private SandboxSts() {
    }

    static SandboxServer server() {
        return SandboxExtension.running().server();
    }

    static Map<String, String> settings() {
        return SandboxExtension.running().econnectorSettings();
    }

    /** {@code CCSS_URL} as the sandbox profile sets it: with {@code ?wsdl}. */
    static URI stsUrl() {
        return URI.create(settings().get("CCSS_URL"));
    }

    static HttpClient trustingHttp() {
        try {
            return HttpClient.newBuilder().sslContext(server().ca().clientContext())
                    .connectTimeout(Duration.ofSeconds(2)).build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The generic keystore as configured (no alias: its only key). */
    static GenericCertificateSigner genericSigner() {
        return GenericCertificateSigner.load(new KeyStoreFile("GENERIC_KEYSTORE_FILE",
                Path.of(settings().get("GENERIC_KEYSTORE_FILE")), "GENERIC_KEYSTORE_PWD",
                new Secret(settings().get("GENERIC_KEYSTORE_PWD")), null, null, "GENERIC_KEYSTORE_ALIAS", null));
    }

    public static SecurityTokenServiceClient client(Duration deadline) {
        return client(trustingHttp(), stsUrl(), deadline);
    }

    static SecurityTokenServiceClient client(HttpClient http, URI stsUrl, Duration deadline) {
        return new SecurityTokenServiceClient(new UpstreamHttp(http), stsUrl, deadline, genericSigner(), ENROLMENT_PORTAL);
    }

    /** A sandbox professional as the eConnector knows them after validating their AeS token. */
    public static Professional professional(String username) {
        lu.econnector.sandbox.Professional known = lu.econnector.sandbox.Professional.byUsername(username)
                .orElseThrow();
        Instant now = Instant.now();
        String subject = known.subject();
        String token = server().aesKeys().sign(new JWTClaimsSet.Builder().issuer(server().aesKeys().issuer())
                .subject(subject).claim("preferred_username", username).claim("ps_code", known.psCode())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build());
        return new Professional(subject, username, known.name(), known.psCode(), known.matricule(), "vendor-test",
                token);
    }

    /** The assertion's enveloped signature (SAML Core 5.4), checked with JDK XML DSig. */
    static boolean verifies(Element assertion, PublicKey key) throws Exception {
        assertion.setIdAttributeNS(null, "ID", true);
        Element signature = (Element) assertion.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#",
                "Signature").item(0);
        DOMValidateContext context = new DOMValidateContext(key, signature);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context).validate(context);
    }
}
