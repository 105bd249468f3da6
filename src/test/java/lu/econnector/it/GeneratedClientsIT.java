package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import lu.econnector.platform.Sha256;
import lu.econnector.client.ApiClient;
import lu.econnector.client.ApiException;
import lu.econnector.client.api.DocumentsApi;
import lu.econnector.client.api.ProfessionalApi;
import lu.econnector.client.api.SignaturesApi;
import lu.econnector.client.model.MhAct;
import lu.econnector.client.model.MhData;
import lu.econnector.client.model.MhPatient;
import lu.econnector.client.model.MhPractice;
import lu.econnector.client.model.Problem;
import lu.econnector.client.model.ProfessionalView;
import lu.econnector.client.model.SignatureReport;
import lu.econnector.client.model.SignatureSummary;
import lu.econnector.client.model.SubmissionReceipt;
import lu.econnector.client.model.TemplateData;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.mysecu.Deposit;
import lu.econnector.sandbox.pki.SandboxPki;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract as vendors use it: the Java and TypeScript clients that the build generates from
 * {@code docs/openapi.yaml} call the running eConnector, and what they read is typed (receipts,
 * the professional, signature reports, dates, PDFs).
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratedClientsIT {

    private static final String BASE = "https://localhost:" + Integer.getInteger("econnector.httpsPort", 18443);

    private static SandboxServer sandbox;
    private static TestTokens tokens;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void sandbox() {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
    }

    /**
     * The generated Java client on HTTPS that trusts the eConnector's sandbox certificate only,
     * with the two settings its library needs (docs/development.md, "Generated clients"): it accepts only the
     * JSON type of an operation that also answers a PDF, so a second Accept adds the PDF; and the
     * TemplateData interface it generates would have Jackson add an {@code @type} member, which
     * the template's schema refuses.
     */
    private static ApiClient javaClient() throws Exception {
        var tls = new DefaultClientTlsStrategy(SandboxPki.clientTrusting(EconnectorClient.testPki().saasKeystore()));
        var http = HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(tls).build()).build();
        ApiClient client = new ApiClient(http).setBasePath(BASE).addDefaultHeader("Accept", "application/pdf");
        client.getObjectMapper().addMixIn(TemplateData.class, WithoutTypeMember.class);
        client.setBearerToken(tokens.signed(tokens.muller()));
        return client;
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    private interface WithoutTypeMember {
    }

    private static MhData feeNote() {
        LocalDate day = LocalDate.of(2026, 11, 27);
        return new MhData()
                .practice(new MhPractice().street("1, rue de la Gare").postalCode("L-1611").city("Luxembourg"))
                .patient(new MhPatient().matricule("1985061512347").lastName("Schmit").firstName("Jean"))
                .invoiceNumber("2026-000123").issueDate(day)
                .acts(List.of(new MhAct().date(day).code("C1").label("Consultation").quantity(1).amount("52.50")))
                .totalAmount("52.50").paid(true);
    }

    private static List<Deposit> depositsOf(String messageId) {
        return sandbox.mySecu().deposits().list().stream().filter(d -> d.messageId().equals(messageId)).toList();
    }

    @Test
    void theJavaClientSubmitsAFeeNoteOnceAndReadsTheReceipt() throws Exception {
        ApiClient client = javaClient();
        DocumentsApi documents = new DocumentsApi(client);
        String key = "java-client-" + System.nanoTime();

        SubmissionReceipt receipt = documents.submit("mh", feeNote(), key);

        assertThat(client.getStatusCode()).isEqualTo(201);
        assertThat(receipt.getReplayed()).isFalse();
        assertThat(receipt.getMessageId()).matches("[A-Za-z0-9_-]{43}");
        assertThat(receipt.getTemplateId()).isEqualTo("mh");
        assertThat(receipt.getReceivedAt()).isInstanceOf(OffsetDateTime.class)
                .isAfter(OffsetDateTime.now().minusMinutes(5));
        assertThat(new String(receipt.getDocument(), 0, 5)).isEqualTo("%PDF-");
        assertThat(Sha256.hex(receipt.getDocument())).isEqualTo(receipt.getSha256());
        assertThat(depositsOf(receipt.getMessageId())).singleElement()
                .satisfies(deposit -> assertThat(deposit.sha256()).isEqualTo(receipt.getSha256()));

        SubmissionReceipt repeat = documents.submit("mh", feeNote(), key);

        assertThat(repeat.getMessageId()).isEqualTo(receipt.getMessageId());
        assertThat(depositsOf(receipt.getMessageId())).hasSize(1);
    }

    @Test
    void theJavaClientReadsTheProfessional() throws Exception {
        ProfessionalView me = new ProfessionalApi(javaClient()).me();

        assertThat(me.getPsCode()).isEqualTo("90812100");
        assertThat(me.getUsername()).isEqualTo("dr.muller");
        assertThat(me.getClientId()).isEqualTo("sandbox-vendor");
        assertThat(me.getCertificate()).isNotNull();
        assertThat(me.getCertificate().getNotAfter()).isAfter(OffsetDateTime.now());
        assertThat(me.getCertificateProblem()).isNull();
    }

    @Test
    void theJavaClientSendsTheSignedPdfForValidation() throws Exception {
        ApiClient client = javaClient();
        File signed = new DocumentsApi(client).signed("mh", feeNote());
        assertThat(new String(Files.readAllBytes(signed.toPath()), 0, 5)).isEqualTo("%PDF-");

        SignatureReport report = new SignaturesApi(client).validate(signed);

        assertThat(report.getValid()).isTrue();
        assertThat(report.getSignatures()).singleElement().satisfies((SignatureSummary signature) -> {
            assertThat(signature.getLevel()).isEqualTo("PAdES-BASELINE-T");
            assertThat(signature.getIndication()).isEqualTo("TOTAL_PASSED");
            assertThat(signature.getCoversWholeDocument()).isTrue();
            assertThat(signature.getSigningTime()).isAfter(OffsetDateTime.now().minusMinutes(5));
        });
    }

    @Test
    void aProblemReadsAsTheProblemModel() throws Exception {
        ApiClient client = javaClient();
        MhData noActs = feeNote().acts(List.of());

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new DocumentsApi(client).signed("mh", noActs));

        assertThat(refused.getCode()).isEqualTo(422);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getRequestId()).isNotBlank();
        assertThat(problem.getErrors()).extracting("field").contains("/acts");
    }

    @Test
    void theTypeScriptClientDoesTheSameOnNode() throws Exception {
        TypeScriptProgram program = TypeScriptProgram.compiled();

        String output = program.run(Map.of("ECONNECTOR_URL", BASE,
                "ECONNECTOR_TOKEN", tokens.signed(tokens.muller()),
                "IDEMPOTENCY_KEY", "typescript-client-" + System.nanoTime()));

        JsonNode result = new ObjectMapper().readTree(output.strip().lines().reduce((first, last) -> last).orElseThrow());
        assertThat(result.at("/me/psCode").asText()).isEqualTo("90812100");
        assertThat(result.at("/me/username").asText()).isEqualTo("dr.muller");
        assertThat(result.at("/me/certificateNotAfterIsDate").asBoolean()).isTrue();
        String messageId = result.at("/receipt/messageId").asText();
        assertThat(messageId).matches("[A-Za-z0-9_-]{43}");
        assertThat(result.at("/receipt/replayed").asBoolean()).isFalse();
        assertThat(result.at("/receipt/receivedAtIsDate").asBoolean()).isTrue();
        assertThat(result.at("/receipt/templateId").asText()).isEqualTo("mh");
        assertThat(depositsOf(messageId)).singleElement().satisfies(deposit -> {
            assertThat(deposit.sha256()).isEqualTo(result.at("/receipt/sha256").asText());
            assertThat(deposit.size()).isEqualTo(result.at("/receipt/documentBytes").asInt());
        });
        assertThat(result.at("/pidPreviewBytes").asInt()).as("a pid preview, its shares sent").isGreaterThan(1000);
        assertThat(result.at("/validation/signedPdfBytes").asInt()).isGreaterThan(1000);
        assertThat(result.at("/validation/valid").asBoolean()).isTrue();
        assertThat(result.at("/validation/levels").toString()).isEqualTo("[\"PAdES-BASELINE-T\"]");
        assertThat(result.at("/validation/signingTimeIsDate").asBoolean()).isTrue();
    }
}
