package lu.econnector.sandbox.kms;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import lu.econnector.sandbox.SandboxServer;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Calls the simulated KMS as the eConnector does: HTTPS trusting the sandbox root, a Bearer
 * AeS token. The typed calls expect a 200 and decode it; {@link #post} gives the raw answer.
 */
final class KmsTestClient {

    /** One answer of the KMS; {@link #json()} parses its body. */
    record Answer(int status, HttpHeaders headers, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final SandboxServer server;
    private final HttpClient http;

    KmsTestClient(SandboxServer server) throws GeneralSecurityException, IOException {
        this.server = server;
        this.http = HttpClient.newBuilder().sslContext(server.ca().clientContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The claims of an AeS access token for a professional, valid until {@code expiry}. */
    JWTClaimsSet claims(String username, Instant expiry) {
        return new JWTClaimsSet.Builder().issuer(server.aesKeys().issuer()).subject(username)
                .claim("preferred_username", username).issueTime(new Date())
                .expirationTime(Date.from(expiry)).build();
    }

    /** A valid token of the sandbox AeS for the professional. */
    String tokenFor(String username) {
        return server.aesKeys().sign(claims(username, Instant.now().plusSeconds(300)));
    }

    /**
     * A token with our issuer and a valid expiry, signed by a rogue key that even borrows the
     * published key's id: only the signature can tell it from a real one.
     */
    String tokenSignedByAnotherKey(String username) throws JOSEException {
        RSAKey rogue = new RSAKeyGenerator(2048).keyID(server.aesKeys().current().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rogue.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims(username, Instant.now().plusSeconds(300)));
        forged.sign(new RSASSASigner(rogue));
        return forged.serialize();
    }

    /** get-certificate, answered 200: the certificate, then the chain as given. */
    List<X509Certificate> certificates(String token) throws Exception {
        JsonObject answer = ok(post("get-certificate", token, "{}"));
        List<X509Certificate> certificates = new ArrayList<>();
        certificates.add(x509(answer.getString("certificate")));
        for (JsonString member : answer.getJsonArray("chain").getValuesAs(JsonString.class)) {
            certificates.add(x509(member.getString()));
        }
        return certificates;
    }

    /** sign-data with RSA_SHA256, answered 200: the raw signature value. */
    byte[] signature(String token, byte[] sha256) throws Exception {
        return Base64.getDecoder().decode(ok(post("sign-data", token, signRequest(sha256))).getString("signature"));
    }

    /** sign-timestamp, answered 200: the token parsed as RFC 3161 says (a CMS SignedData). */
    TimeStampToken timestamp(String token, String algorithm, byte[] digest, BigInteger nonce) throws Exception {
        String encoded = ok(post("sign-timestamp", token, timestampRequest(algorithm, digest, nonce)))
                .getString("timestampToken");
        return new TimeStampToken(new CMSSignedData(Base64.getDecoder().decode(encoded)));
    }

    static String signRequest(byte[] sha256) {
        return Json.createObjectBuilder().add("digest", Base64.getEncoder().encodeToString(sha256))
                .add("digestAlgorithm", "SHA256").add("signatureAlgorithm", "RSA_SHA256").build().toString();
    }

    static String timestampRequest(String algorithm, byte[] digest, BigInteger nonce) {
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("digest", Base64.getEncoder().encodeToString(digest)).add("digestAlgorithm", algorithm);
        if (nonce != null) {
            request.add("nonce", nonce.toString());
        }
        return request.build().toString();
    }

    private static JsonObject ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static X509Certificate x509(String base64) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    /** @param token the Bearer token, or null to send none */
    Answer post(String operation, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(operation).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Answer get(String operation) throws IOException, InterruptedException {
        return send(request(operation).GET().build());
    }

    private HttpRequest.Builder request(String operation) {
        return HttpRequest.newBuilder(URI.create(server.base() + "api/v3/" + operation))
                .timeout(Duration.ofSeconds(10));
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers(), response.body());
    }
}
