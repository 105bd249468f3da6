package lu.econnector.sandbox.kms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each {@link KmsMisbehaviour} really answers the wrong thing, and only that: checked with
 * the JDK and BouncyCastle as the eConnector's checks would, over real HTTPS. The sandbox
 * extension resets the sandbox after each test, which clears the misbehaviour.
 */
@ExtendWith(SandboxExtension.class)
class KmsMisbehaviourTest {

    private static final byte[] DATA = "ordonnance 2024-0042".getBytes(UTF_8);

    static SandboxServer server;
    static KmsTestClient kms;
    static HttpClient controls;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxExtension.running().server();
        kms = new KmsTestClient(server);
        controls = HttpClient.newBuilder().sslContext(server.ca().clientContext())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void wrongKeySignsWithAnotherProfessionalsKeyUnderTheRightCertificate() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.WRONG_KEY);
        String token = kms.tokenFor("dr.muller");

        X509Certificate certificate = kms.certificates(token).get(0);
        byte[] signature = kms.signature(token, sha256(DATA));

        assertThat(certificate).isEqualTo(server.ca().professional("dr.muller").certificate());
        assertThat(verifies(certificate, signature)).isFalse();
        // A real RSA signature, only by the wrong key.
        assertThat(verifies(server.ca().professional("dr.weber").certificate(), signature)).isTrue();
    }

    @Test
    void wrongImprintIsAGenuineTokenOverAnotherDigestWithTheNonceEchoed() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.WRONG_IMPRINT);
        byte[] imprint = sha256(DATA);
        BigInteger nonce = new BigInteger(64, new SecureRandom());

        TimeStampToken token = kms.timestamp(kms.tokenFor("dr.muller"), "SHA256", imprint, nonce);

        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).hasSameSizeAs(imprint).isNotEqualTo(imprint);
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(nonce);
        assertSignedBySandboxTsa(token);
    }

    @Test
    void wrongNonceIsAGenuineTokenOverTheDigestWithAnotherNonce() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.WRONG_NONCE);
        byte[] imprint = sha256(DATA);
        BigInteger nonce = new BigInteger(64, new SecureRandom());

        TimeStampToken token = kms.timestamp(kms.tokenFor("dr.muller"), "SHA256", imprint, nonce);

        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(token.getTimeStampInfo().getNonce()).isNotNull().isNotEqualTo(nonce);
        assertSignedBySandboxTsa(token);
    }

    @Test
    void unknownRootChainCopiesTheSubjectNamesButDoesNotLeadToTheSandboxRoot() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.UNKNOWN_ROOT);

        List<X509Certificate> chain = kms.certificates(kms.tokenFor("dr.muller"));

        assertThat(chain).extracting(X509Certificate::getSubjectX500Principal).containsExactly(
                server.ca().professional("dr.muller").certificate().getSubjectX500Principal(),
                server.ca().signingCa().certificate().getSubjectX500Principal(),
                server.ca().root().certificate().getSubjectX500Principal());
        assertThatThrownBy(() -> validate(chain, server.ca().root().certificate()))
                .isInstanceOf(CertPathValidatorException.class);
        // A coherent chain all the same: it validates under its own (rogue) root.
        assertThatCode(() -> validate(chain, chain.get(2))).doesNotThrowAnyException();
    }

    @Test
    void unknownRootSignsWithTheRogueCertificatesKey() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.UNKNOWN_ROOT);
        String token = kms.tokenFor("dr.muller");

        X509Certificate rogue = kms.certificates(token).get(0);
        byte[] signature = kms.signature(token, sha256(DATA));

        assertThat(verifies(rogue, signature)).isTrue();
        assertThat(verifies(server.ca().professional("dr.muller").certificate(), signature)).isFalse();
    }

    @Test
    void otherProfessionalGivesAnotherProfessionalsGenuineCertificateAndSignsWithItsKey() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.OTHER_PROFESSIONAL);
        String token = kms.tokenFor("dr.muller");

        List<X509Certificate> chain = kms.certificates(token);
        byte[] signature = kms.signature(token, sha256(DATA));

        X509Certificate weber = server.ca().professional("dr.weber").certificate();
        assertThat(chain.get(0)).isEqualTo(weber);
        assertThatCode(() -> validate(chain, server.ca().root().certificate())).doesNotThrowAnyException();
        assertThat(verifies(weber, signature)).isTrue();
        assertThat(verifies(server.ca().professional("dr.muller").certificate(), signature)).isFalse();
    }

    @Test
    void signDataCallsAreCountedWhateverTheAnswer() throws Exception {
        String token = kms.tokenFor("dr.muller");
        int before = server.kms().signDataCalls();

        kms.signature(token, sha256(DATA));
        server.kms().misbehave(KmsMisbehaviour.WRONG_KEY);
        kms.signature(token, sha256(DATA));
        kms.certificates(token);

        assertThat(server.kms().signDataCalls() - before).isEqualTo(2);
    }

    @Test
    void theRogueRootIsMadeOncePerSandbox() throws Exception {
        String token = kms.tokenFor("dr.muller");
        server.kms().misbehave(KmsMisbehaviour.UNKNOWN_ROOT);
        X509Certificate first = kms.certificates(token).get(2);
        server.kms().clear();
        server.kms().misbehave(KmsMisbehaviour.UNKNOWN_ROOT);

        assertThat(kms.certificates(token).get(2)).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(KmsMisbehaviour.class)
    void clearRestoresCorrectAnswers(KmsMisbehaviour misbehaviour) throws Exception {
        server.kms().misbehave(misbehaviour);

        server.kms().clear();

        assertThat(server.kms().misbehaviour()).isEmpty();
        assertCorrectAnswers();
    }

    @Test
    void resetOfTheSandboxClearsTheMisbehaviour() throws Exception {
        server.kms().misbehave(KmsMisbehaviour.WRONG_KEY);

        server.reset();

        assertThat(server.kms().misbehaviour()).isEmpty();
        assertCorrectAnswers();
    }

    @Test
    void otherProfessionalIsSwitchedOverHttp() throws Exception {
        HttpResponse<String> set = control(HttpRequest.BodyPublishers.ofString("{\"mode\":\"other-professional\"}"),
                "POST");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(server.kms().misbehaviour()).hasValue(KmsMisbehaviour.OTHER_PROFESSIONAL);
    }

    @Test
    void misbehaviourIsSwitchedOverHttpToo() throws Exception {
        HttpResponse<String> set = control(HttpRequest.BodyPublishers.ofString("{\"mode\":\"wrong-nonce\"}"), "POST");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(server.kms().misbehaviour()).hasValue(KmsMisbehaviour.WRONG_NONCE);

        HttpResponse<String> cleared = control(HttpRequest.BodyPublishers.noBody(), "DELETE");
        assertThat(cleared.statusCode()).isEqualTo(204);
        assertThat(server.kms().misbehaviour()).isEmpty();
    }

    @Test
    void unknownModeIsRefusedWith400NamingTheModes() throws Exception {
        HttpResponse<String> answer = control(HttpRequest.BodyPublishers.ofString("{\"mode\":\"wrong-all\"}"), "POST");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("wrong-key", "wrong-imprint", "wrong-nonce", "unknown-root",
                "other-professional");
        assertThat(server.kms().misbehaviour()).isEmpty();
    }

    /** A signature by the certificate's key, a chain to the sandbox root, a token for what was asked. */
    private static void assertCorrectAnswers() throws Exception {
        String token = kms.tokenFor("dr.muller");
        List<X509Certificate> chain = kms.certificates(token);
        BigInteger nonce = new BigInteger(64, new SecureRandom());
        TimeStampTokenInfo info = kms.timestamp(token, "SHA256", sha256(DATA), nonce).getTimeStampInfo();

        assertThat(verifies(chain.get(0), kms.signature(token, sha256(DATA)))).isTrue();
        assertThatCode(() -> validate(chain, server.ca().root().certificate())).doesNotThrowAnyException();
        assertThat(info.getMessageImprintDigest()).isEqualTo(sha256(DATA));
        assertThat(info.getNonce()).isEqualTo(nonce);
    }

    private static void assertSignedBySandboxTsa(TimeStampToken token) {
        assertThatCode(() -> token.validate(new JcaSimpleSignerInfoVerifierBuilder()
                .build(server.ca().tsa().certificate()))).doesNotThrowAnyException();
    }

    private static HttpResponse<String> control(HttpRequest.BodyPublisher body, String method) throws Exception {
        return controls.send(HttpRequest.newBuilder(server.base().resolve(KmsSimulator.MISBEHAVIOUR_PATH.substring(1)))
                .timeout(Duration.ofSeconds(10)).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** PKIX (RFC 5280 section 6) of the certificate and its issuing CA, anchored at a root; no revocation. */
    private static void validate(List<X509Certificate> chain, X509Certificate root) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                .generateCertPath(chain.subList(0, 2)), parameters);
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static boolean verifies(X509Certificate certificate, byte[] signature) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(certificate);
        rsa.update(DATA);
        return rsa.verify(signature);
    }
}
