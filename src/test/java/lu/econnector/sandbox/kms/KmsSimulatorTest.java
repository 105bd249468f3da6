package lu.econnector.sandbox.kms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import lu.econnector.sandbox.Professional;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.pki.SandboxCa;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The KMS simulator against its contract (docs/upstreams.md section 2), over real HTTPS on a
 * sandbox of its own: its signatures and timestamps are checked with the JDK and
 * BouncyCastle as a validator would, never by asking the simulator.
 */
@ExtendWith(SandboxExtension.class)
class KmsSimulatorTest {

    private static final byte[] DATA = "ordonnance 2024-0042".getBytes(UTF_8);

    static SandboxServer server;
    static KmsTestClient kms;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        kms = new KmsTestClient(server);
    }

    @Test
    void signatureVerifiesWithTheReturnedCertificate() throws Exception {
        String token = kms.tokenFor("dr.muller");
        X509Certificate certificate = kms.certificates(token).get(0);

        assertThat(verifies(certificate, DATA, kms.signature(token, digest("SHA-256", DATA)))).isTrue();
    }

    @Test
    void eachProfessionalSignsWithTheirOwnKey() throws Exception {
        String weber = kms.tokenFor("dr.weber");
        X509Certificate mullerCertificate = kms.certificates(kms.tokenFor("dr.muller")).get(0);
        X509Certificate weberCertificate = kms.certificates(weber).get(0);
        byte[] weberSignature = kms.signature(weber, digest("SHA-256", DATA));

        assertThat(psCode(weberCertificate)).isEqualTo(Professional.byUsername("dr.weber").orElseThrow().psCode());
        assertThat(verifies(weberCertificate, DATA, weberSignature)).isTrue();
        assertThat(verifies(mullerCertificate, DATA, weberSignature)).isFalse();
    }

    @Test
    void certificateChainsToTheSigningCaAndRootOfTheTruststore() throws Exception {
        List<X509Certificate> certificates = kms.certificates(kms.tokenFor("dr.muller"));
        KeyStore truststore = server.ca().truststore();

        assertThat(certificates.subList(1, certificates.size())).containsExactly(
                (X509Certificate) truststore.getCertificate(SandboxCa.SIGNING_CA_ALIAS),
                (X509Certificate) truststore.getCertificate(SandboxCa.ROOT_ALIAS));
        PKIXParameters anchoredAtRoot = new PKIXParameters(Set.of(new TrustAnchor(certificates.get(2), null)));
        anchoredAtRoot.setRevocationEnabled(false);
        assertThatCode(() -> CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                .generateCertPath(certificates.subList(0, 2)), anchoredAtRoot)).doesNotThrowAnyException();
    }

    @Test
    void timestampTokenIsSignedByTheTsaOfTheTimestampCa() throws Exception {
        TimeStampToken token = kms.timestamp(kms.tokenFor("dr.muller"), "SHA256", digest("SHA-256", DATA), null);
        X509CertificateHolder tsa = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID())
                .iterator().next();
        X509Certificate timestampCa = (X509Certificate) server.ca().truststore()
                .getCertificate(SandboxCa.TIMESTAMP_CA_ALIAS);

        // validate() also checks the ESS signing certificate against the TSA certificate and its EKU.
        assertThatCode(() -> token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa)))
                .doesNotThrowAnyException();
        assertThat(token.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(tsa.getIssuer()).isEqualTo(X500Name.getInstance(timestampCa.getSubjectX500Principal().getEncoded()));
        assertThat(tsa.isSignatureValid(new JcaContentVerifierProviderBuilder().build(timestampCa))).isTrue();
    }

    @Test
    void timestampTokenCarriesTheRequestedImprintAndNonce() throws Exception {
        byte[] imprint = digest("SHA-256", DATA);
        BigInteger nonce = new BigInteger(64, new SecureRandom());

        var info = kms.timestamp(kms.tokenFor("dr.muller"), "SHA256", imprint, nonce).getTimeStampInfo();

        assertThat(info.getMessageImprintAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256);
        assertThat(info.getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(info.getNonce()).isEqualTo(nonce);
    }

    @Test
    void sha512ImprintIsTimestampedAsDssAsksByDefault() throws Exception {
        byte[] imprint = digest("SHA-512", DATA);

        var info = kms.timestamp(kms.tokenFor("dr.muller"), "SHA512", imprint, null).getTimeStampInfo();

        assertThat(info.getMessageImprintAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha512);
        assertThat(info.getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(info.getNonce()).isNull();
    }

    @Test
    void timestampSerialNumbersIncrease() throws Exception {
        String token = kms.tokenFor("dr.muller");
        byte[] imprint = digest("SHA-256", DATA);

        BigInteger first = kms.timestamp(token, "SHA256", imprint, null).getTimeStampInfo().getSerialNumber();
        BigInteger second = kms.timestamp(token, "SHA256", imprint, null).getTimeStampInfo().getSerialNumber();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void requestWithoutTokenIsRefusedWith401() throws Exception {
        KmsTestClient.Answer answer = kms.post("get-certificate", null, "{}");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().getString("error")).isEqualTo("invalid_token");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void tokenSignedByAnotherKeyIsRefusedWith401() throws Exception {
        String forged = kms.tokenSignedByAnotherKey("dr.muller");

        assertThat(kms.post("sign-data", forged, signRequest()).status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefusedWith401() throws Exception {
        String expired = server.aesKeys().sign(kms.claims("dr.muller", Instant.now().minusSeconds(60)));

        assertThat(kms.post("sign-data", expired, signRequest()).status()).isEqualTo(401);
    }

    @Test
    void tokenOfSomeoneWhoIsNoSandboxProfessionalIsRefusedWith401() throws Exception {
        assertThat(kms.post("sign-data", kms.tokenFor("dr.nobody"), signRequest()).status()).isEqualTo(401);
    }

    @Test
    void professionalNotEnrolledForRemoteSignatureIsRefusedWith403() throws Exception {
        KmsTestClient.Answer answer = kms.post("sign-data", kms.tokenFor("dr.noremote"), signRequest());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().getString("message")).contains("remote signature is not enabled");
    }

    static Stream<Arguments> badRequests() {
        String digest20 = base64(new byte[20]);
        String digest32 = base64(new byte[32]);
        return Stream.of(
                Arguments.of("a digest of 20 bytes", "sign-data",
                        json("digest", digest20, "digestAlgorithm", "SHA256", "signatureAlgorithm", "RSA_SHA256")),
                Arguments.of("a digest not in base64", "sign-data",
                        json("digest", "not base64!", "digestAlgorithm", "SHA256", "signatureAlgorithm", "RSA_SHA256")),
                Arguments.of("no digest", "sign-data", json("digestAlgorithm", "SHA256", "signatureAlgorithm", "RSA_SHA256")),
                Arguments.of("an ECDSA signature", "sign-data",
                        json("digest", digest32, "digestAlgorithm", "SHA256", "signatureAlgorithm", "ECDSA_SHA256")),
                Arguments.of("a SHA-512 digest to sign", "sign-data", json("digest", base64(new byte[64]),
                        "digestAlgorithm", "SHA512", "signatureAlgorithm", "RSA_SHA256")),
                Arguments.of("a form instead of JSON", "sign-data", "digest=abc"),
                Arguments.of("a SHA-512 imprint of 32 bytes", "sign-timestamp",
                        json("digest", digest32, "digestAlgorithm", "SHA512")),
                Arguments.of("a hexadecimal nonce", "sign-timestamp",
                        json("digest", digest32, "digestAlgorithm", "SHA256", "nonce", "0x2A")));
    }

    @ParameterizedTest(name = "{1} with {0}")
    @MethodSource("badRequests")
    void badRequestIsRefusedWith400(String what, String operation, String body) throws Exception {
        KmsTestClient.Answer answer = kms.post(operation, kms.tokenFor("dr.muller"), body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getString("message")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"get-certificate", "sign-data", "sign-timestamp"})
    void getAsTheHealthProbeSendsIsAnsweredWith405(String operation) throws Exception {
        KmsTestClient.Answer answer = kms.get(operation);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void injectedFaultIsAnsweredInsteadOfTheSignature() throws Exception {
        server.faults().inject(KmsSimulator.UPSTREAM, "sign-data", Fault.httpStatus(503));
        String token = kms.tokenFor("dr.muller");

        assertThat(kms.post("sign-data", token, signRequest()).status()).isEqualTo(503);
        assertThat(kms.post("get-certificate", token, "{}").status()).isEqualTo(200);
    }

    @Test
    void malformedFaultAnswersJsonCutShort() throws Exception {
        server.faults().inject(KmsSimulator.UPSTREAM, "sign-timestamp", Fault.malformedBody());

        KmsTestClient.Answer answer = kms.post("sign-timestamp", kms.tokenFor("dr.muller"),
                KmsTestClient.timestampRequest("SHA256", digest("SHA-256", DATA), null));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThatThrownBy(answer::json).isInstanceOf(JsonException.class);
    }

    private static String signRequest() throws Exception {
        return KmsTestClient.signRequest(digest("SHA-256", DATA));
    }

    private static String json(String... namesAndValues) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return object.build().toString();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] digest(String algorithm, byte[] data) throws Exception {
        return MessageDigest.getInstance(algorithm).digest(data);
    }

    private static boolean verifies(X509Certificate certificate, byte[] data, byte[] signature) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(certificate);
        rsa.update(data);
        return rsa.verify(signature);
    }

    private static String psCode(X509Certificate certificate) throws Exception {
        X500Name subject = new JcaX509CertificateHolder(certificate).getSubject();
        return IETFUtils.valueToString(subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue());
    }
}
