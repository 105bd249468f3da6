package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.kms.KmsMisbehaviour;
import lu.econnector.signature.control.CraftedPdf;
import lu.econnector.signature.control.Pdfsig;
import lu.econnector.signature.entity.SignatureReport;
import lu.econnector.signature.entity.SignatureSummary;
import lu.econnector.template.control.TemplateSamples;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote signature against the running WAR and the sandbox KMS: what it signs validates in
 * DSS (here, in the test, trusting only the sandbox root) and in poppler's pdfsig; what the
 * KMS does wrong becomes the documented problem, and never a PDF.
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignatureIT {

    private static SandboxServer sandbox;
    private static TestTokens tokens;
    private final EconnectorClient client = new EconnectorClient();

    @TempDir
    Path folder;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void sandbox() {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
    }

    private HttpResponse<byte[]> signed(String username, String templateId, String body) {
        return client.postForBytes("econnector/api/v1/documents/" + templateId + "/signed", body,
                "Authorization", "Bearer " + tokens.signed(tokens.of(username)), "Content-Type", "application/json");
    }

    private HttpResponse<byte[]> signedMh(String username) {
        return signed(username, "mh", TemplateSamples.mh().toString());
    }

    private HttpResponse<byte[]> signPdf(String username, byte[] pdf) {
        return client.postForBytes("econnector/api/v1/signatures", pdf,
                "Authorization", "Bearer " + tokens.signed(tokens.of(username)), "Content-Type", "application/pdf");
    }

    private static SignatureReport validateInTest(byte[] pdf) throws Exception {
        return SandboxValidation.validate(sandbox, pdf);
    }

    private static JsonObject problem(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        return Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void aSignedFeeNoteIsPadesBaselineTThatDssAndPdfsigValidate() throws Exception {
        HttpResponse<byte[]> response = signedMh("dr.muller");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        SignatureReport report = validateInTest(response.body());
        assertThat(report.valid()).as(report.toString()).isTrue();
        SignatureSummary signature = report.signatures().get(0);
        assertThat(signature.level()).isEqualTo("PAdES-BASELINE-T");
        assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(signature.signer()).isEqualTo("Dr Anne Muller");
        assertThat(signature.timestampTime()).isAfter(Instant.now().minusSeconds(120));
        String pdfsig = Pdfsig.run(Files.write(folder.resolve("mh-signed.pdf"), response.body()));
        assertThat(Pdfsig.validSignatures(pdfsig)).as(pdfsig).isEqualTo(1);
    }

    @Test
    void aPdfSignedTwiceByTwoProfessionalsKeepsBothSignaturesValid() throws Exception {
        byte[] once = signedMh("dr.muller").body();

        HttpResponse<byte[]> twice = signPdf("dr.weber", once);

        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.body()).startsWith(once);
        SignatureReport report = validateInTest(twice.body());
        assertThat(report.signatures()).extracting(SignatureSummary::signer, SignatureSummary::indication)
                .containsExactlyInAnyOrder(tuple("Dr Anne Muller", "TOTAL_PASSED"),
                        tuple("Dr Paul Weber", "TOTAL_PASSED"));
        String pdfsig = Pdfsig.run(Files.write(folder.resolve("twice.pdf"), twice.body()));
        assertThat(Pdfsig.validSignatures(pdfsig)).as(pdfsig).isEqualTo(2);
    }

    @Test
    void theValidationsEndpointReportsTheSignatures() {
        byte[] signedPdf = signedMh("dr.muller").body();

        HttpResponse<byte[]> response = client.postForBytes("econnector/api/v1/validations", signedPdf,
                "Authorization", "Bearer " + tokens.signed(tokens.muller()), "Content-Type", "application/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject report = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
                .readObject();
        assertThat(report.getBoolean("valid")).as(report.toString()).isTrue();
        JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
        assertThat(signature.getString("level")).isEqualTo("PAdES-BASELINE-T");
        assertThat(signature.getString("indication")).isEqualTo("TOTAL_PASSED");
        assertThat(signature.getString("signer")).isEqualTo("Dr Anne Muller");
        assertThat(signature.getBoolean("validationDataEmbedded")).as("at T, the CRLs stay online").isFalse();
    }

    @Test
    void aProfessionalWithoutRemoteSignatureGets403SayingSo() {
        HttpResponse<byte[]> response = signedMh("dr.noremote");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonObject problem = problem(response);
        assertThat(problem.getString("detail")).contains("Remote signature is not enabled")
                .contains("https://mysecu-test.services-publics.lu");
        assertThat(problem.getString("upstream")).isEqualTo("kms");
    }

    @Test
    void meShowsTheSigningCertificateOrWhyThereIsNone() {
        JsonObject muller = json(client.get("econnector/api/v1/me", "Authorization",
                "Bearer " + tokens.signed(tokens.muller())));
        JsonObject noremote = json(client.get("econnector/api/v1/me", "Authorization",
                "Bearer " + tokens.signed(tokens.of("dr.noremote"))));

        assertThat(muller.getJsonObject("certificate").getString("subject")).contains("CN=Dr Anne Muller");
        assertThat(muller.getJsonObject("certificate").getString("notAfter")).isNotBlank();
        assertThat(noremote.containsKey("certificate")).isFalse();
        assertThat(noremote.getString("certificateProblem")).contains("Remote signature is not enabled");
    }

    /**
     * Signature by another key, timestamp of another digest or with another nonce, a chain to
     * an unknown root: each caught before it goes into a PDF. (One test over all of them:
     * Arquillian's extension resolves parameters itself, so no parameterised test here.)
     */
    @Test
    void eachWrongAnswerFromTheKmsIs502NamingTheKmsAndNoPdf() {
        for (KmsMisbehaviour misbehaviour : KmsMisbehaviour.values()) {
            sandbox.kms().misbehave(misbehaviour);

            HttpResponse<byte[]> response = signedMh("dr.muller");

            assertThat(response.statusCode()).as(misbehaviour.mode()).isEqualTo(502);
            JsonObject problem = problem(response);
            assertThat(problem.getString("upstream")).isEqualTo("kms");
            assertThat(problem.getString("detail")).as(misbehaviour.mode())
                    .startsWith("The KMS answer was rejected: ");
            sandbox.kms().clear();
        }
        assertThat(signedMh("dr.muller").statusCode()).as("right answers sign again").isEqualTo(200);
    }

    /**
     * The sandbox signing CA revoked dr.revoked's certificate and lists it in the CRL
     * it serves; the eConnector fetches that CRL and refuses before sign-data is asked.
     */
    @Test
    void aRevokedSignerIs502NamingTheKmsCertificateAndNothingIsSigned() {
        int signDataCallsBefore = sandbox.kms().signDataCalls();

        HttpResponse<byte[]> response = signedMh("dr.revoked");

        assertThat(response.statusCode()).isEqualTo(502);
        JsonObject problem = problem(response);
        assertThat(problem.getString("upstream")).isEqualTo("kms");
        assertThat(problem.getString("detail")).contains("signing certificate from get-certificate")
                .contains("was revoked by its CA");
        assertThat(sandbox.kms().signDataCalls()).as("sign-data calls").isEqualTo(signDataCallsBefore);
    }

    /**
     * A genuine certificate of dr.weber, and a signature that verifies with
     * it, for dr.muller's token. Refused when get-certificate answers, before sign-data is asked.
     */
    @Test
    void anotherProfessionalsCertificateIs502AndNothingIsSigned() {
        sandbox.kms().misbehave(KmsMisbehaviour.OTHER_PROFESSIONAL);
        int signDataCallsBefore = sandbox.kms().signDataCalls();
        // A subject of dr.muller's that no earlier test used: the chain comes from get-certificate,
        // not from the minute for which a checked chain is kept. (A kept chain would meet a
        // signature by dr.weber's key, which the signature value check refuses.)
        String token = tokens.signed(tokens.of("dr.muller").subject(UUID.randomUUID().toString()));

        HttpResponse<byte[]> response = client.postForBytes("econnector/api/v1/documents/mh/signed",
                TemplateSamples.mh().toString(), "Authorization", "Bearer " + token, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(502);
        JsonObject problem = problem(response);
        assertThat(problem.getString("upstream")).isEqualTo("kms");
        assertThat(problem.getString("detail")).contains("another professional").contains("serialNumber 90812201");
        assertThat(sandbox.kms().signDataCalls()).as("sign-data calls").isEqualTo(signDataCallsBefore);
    }

    @Test
    void meReportsACertificateThatDoesNotNameTheProfessional() {
        sandbox.kms().misbehave(KmsMisbehaviour.OTHER_PROFESSIONAL);

        JsonObject me = json(client.get("econnector/api/v1/me", "Authorization",
                "Bearer " + tokens.signed(tokens.muller())));

        assertThat(me.getString("psCode")).isEqualTo("90812100");
        assertThat(me.containsKey("certificate")).as(me.toString()).isFalse();
        assertThat(me.getString("certificateProblem")).contains("does not name this professional")
                .contains("90812201");
    }

    @Test
    void aKmsErrorStatusIs503NamingTheKmsAndNoPdf() {
        sandbox.faults().inject("kms", "sign-data", Fault.httpStatus(500));

        HttpResponse<byte[]> response = signedMh("dr.muller");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(problem(response).getString("upstream")).isEqualTo("kms");
        assertThat(problem(response).getString("detail")).contains("sign-data").contains("HTTP 500");
    }

    @Test
    void aSlowKmsIs504() {
        sandbox.faults().inject("kms", "sign-timestamp", Fault.delay(Duration.ofSeconds(6)));

        HttpResponse<byte[]> response = signedMh("dr.muller");

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(problem(response).getString("detail")).contains("sign-timestamp").contains("did not answer");
    }

    @Test
    void malformedJsonFromTheKmsIs502() {
        // sign-data: get-certificate's answer may be a minute old in the server's cache.
        sandbox.faults().inject("kms", "sign-data", Fault.malformedBody());

        HttpResponse<byte[]> response = signedMh("dr.muller");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(problem(response).getString("upstream")).isEqualTo("kms");
    }

    @Test
    void repeatedKmsFailuresOpenTheCircuitWhichClosesOnceTheyStop() throws Exception {
        sandbox.faults().inject("kms", "sign-data", Fault.httpStatus(503));
        HttpResponse<byte[]> response = null;
        for (int attempt = 0; attempt < 12; attempt++) {
            response = signedMh("dr.muller");
            if (new String(response.body(), StandardCharsets.UTF_8).contains("circuit is open")) {
                break;
            }
        }
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(problem(response).getString("detail")).contains("circuit is open");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");

        sandbox.faults().clear();
        Instant deadline = Instant.now().plusSeconds(30);
        do {
            Thread.sleep(1000);
            response = signedMh("dr.muller");
        } while (response.statusCode() != 200 && Instant.now().isBefore(deadline));
        assertThat(response.statusCode()).as("the circuit closes again").isEqualTo(200);
    }

    @Test
    void aBrokenPdfGets422() {
        HttpResponse<byte[]> response = signPdf("dr.muller", "%PDF-1.7\nnot really".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(problem(response).getString("type")).endsWith("unreadable-pdf");
    }

    @Test
    void anEncryptedPdfGets422() throws Exception {
        HttpResponse<byte[]> response = signPdf("dr.muller", encryptedPdf());

        assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void anOversizedPdfGets413() {
        byte[] big = new byte[11 * 1024 * 1024];

        HttpResponse<String> response = client.upload("econnector/api/v1/signatures", big,
                "Authorization", "Bearer " + tokens.signed(tokens.muller()), "Content-Type", "application/pdf");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).getInt("status")).isEqualTo(413);
    }

    @Test
    void aDecompressionBombGets422NamingTheLimitOnEveryUploadEndpoint() {
        byte[] bomb = CraftedPdf.onePage("/Contents 4 0 R")
                .stream("/FlateDecode", CraftedPdf.deflatedZeros(128L * 1024 * 1024)).bytes();
        String bearer = "Bearer " + tokens.signed(tokens.muller());

        for (String endpoint : new String[] {"signatures", "validations", "deposits?templateId=mh"}) {
            HttpResponse<byte[]> response = client.postForBytes("econnector/api/v1/" + endpoint, bomb,
                    "Authorization", bearer, "Content-Type", "application/pdf");

            assertThat(response.statusCode()).as(endpoint).isEqualTo(422);
            JsonObject problem = problem(response);
            assertThat(problem.getString("type")).isEqualTo("urn:econnector:problem:pdf-limit-exceeded");
            assertThat(problem.getString("detail")).isEqualTo(
                    "The PDF's streams decode to more than 67108864 bytes (PDF_MAX_DECODED_BYTES).");
        }
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
