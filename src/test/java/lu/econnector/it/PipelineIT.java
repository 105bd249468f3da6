package lu.econnector.it;

import static lu.econnector.it.EconnectorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lu.econnector.platform.Sha256;
import lu.econnector.mysecu.control.SamlAssertionCache;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.mysecu.CapturedRequest;
import lu.econnector.sandbox.mysecu.Deposit;
import lu.econnector.sandbox.mysecu.SyncExchangeMisbehaviour;
import lu.econnector.signature.control.IncrementalUpdate;
import lu.econnector.signature.entity.SignatureReport;
import lu.econnector.template.control.TemplateSamples;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline against the running WAR and the sandbox: render, sign through the KMS,
 * deposit on mySecu (WS-Trust, then syncexchange with MTOM), once per Idempotency-Key.
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PipelineIT {

    private static final String MESSAGE_ID = "X-Message-Id";

    private static SandboxServer sandbox;
    private static TestTokens tokens;
    private final EconnectorClient client = new EconnectorClient();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void sandbox() {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
    }

    private static Map<String, ObjectNode> samples() {
        return Map.of("mh", TemplateSamples.mh(), "pid", TemplateSamples.pid(), "ecit", TemplateSamples.ecit());
    }

    private HttpResponse<String> submit(String username, String templateId, String body, String... more) {
        String[] headers = concat(more, "Authorization", "Bearer " + tokens.signed(tokens.of(username)),
                "Content-Type", "application/json");
        return client.send("POST", "econnector/api/v1/documents/" + templateId + "/submissions", body, headers);
    }

    private HttpResponse<String> submitMh(String username, String... more) {
        return submit(username, "mh", TemplateSamples.mh().toString(), more);
    }

    private static String[] concat(String[] more, String... headers) {
        String[] all = new String[more.length + headers.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    private static List<Deposit> depositsOf(String messageId) {
        return sandbox.mySecu().deposits().list().stream().filter(d -> d.messageId().equals(messageId)).toList();
    }

    @Test
    void eachTemplateIsDepositedOnceAsTheSignedPdfReturned() throws Exception {
        for (Map.Entry<String, ObjectNode> sample : samples().entrySet()) {
            HttpResponse<String> response = submit("dr.muller", sample.getKey(), sample.getValue().toString());

            assertThat(response.statusCode()).as(sample.getKey() + ": " + response.body()).isEqualTo(201);
            JsonObject receipt = json(response);
            byte[] pdf = Base64.getDecoder().decode(receipt.getString("document"));
            List<Deposit> deposits = depositsOf(receipt.getString("messageId"));
            assertThat(deposits).as(sample.getKey()).hasSize(1);
            Deposit deposit = deposits.get(0);
            assertThat(deposit.sha256()).isEqualTo(Sha256.hex(pdf)).isEqualTo(receipt.getString("sha256"));
            assertThat(deposit.size()).isEqualTo(pdf.length);
            assertThat(deposit.mtom()).isTrue();
            assertThat(deposit.reference()).isEqualTo(receipt.getString("mysecuReference"));
            assertThat(deposit.messageType()).isEqualTo(sample.getKey().toUpperCase() + ".DEPOSIT");
            assertThat(deposit.psCode()).isEqualTo("90812100");
            assertThat(receipt.getString("templateVersion")).isEqualTo(deposit.templateVersion());
            SignatureReport report = SandboxValidation.validate(sandbox, pdf);
            assertThat(report.valid()).as(report.toString()).isTrue();
            assertThat(report.signatures().get(0).level()).isEqualTo("PAdES-BASELINE-T");
        }
    }

    private HttpResponse<String> submitBatch(String templateId, String batch) {
        return client.send("POST", "econnector/api/v1/documents/" + templateId + "/batch-submissions", batch,
                "Authorization", "Bearer " + tokens.signed(tokens.of("dr.muller")), "Content-Type", "application/json");
    }

    private static String batchItem(String key, String data) {
        return "{" + (key == null ? "" : "\"idempotencyKey\":\"" + key + "\",") + "\"data\":" + data + "}";
    }

    @Test
    void aBatchAnswersEveryItemInOrderAndABadItemStopsNoOther() throws Exception {
        String run = "it-batch-" + System.nanoTime();
        ObjectNode invalid = TemplateSamples.mh();
        invalid.remove("acts");
        List<String> items = List.of(batchItem(run + "-0", TemplateSamples.mh().toString()),
                batchItem(run + "-1", invalid.toString()),
                batchItem("not a key!", TemplateSamples.mh().toString()),
                batchItem(null, TemplateSamples.mh().toString()),
                batchItem(run + "-4", TemplateSamples.mh().put("invoiceNumber", "2026-000999").toString()));
        String batch = "{\"items\":[" + String.join(",", items) + "]}";

        HttpResponse<String> response = submitBatch("mh", batch);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonObject> outcomes = json(response).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(outcomes).extracting(outcome -> outcome.getInt("status")).containsExactly(201, 422, 400, 201, 201);
        assertThat(outcomes.get(0).getString("idempotencyKey")).isEqualTo(run + "-0");
        assertThat(outcomes.get(3)).doesNotContainKey("idempotencyKey");
        for (int i : new int[] {0, 3, 4}) {
            JsonObject receipt = outcomes.get(i).getJsonObject("receipt");
            byte[] pdf = Base64.getDecoder().decode(receipt.getString("document"));
            List<Deposit> deposits = depositsOf(receipt.getString("messageId"));
            assertThat(deposits).as("item " + i).hasSize(1);
            assertThat(deposits.get(0).sha256()).isEqualTo(Sha256.hex(pdf)).isEqualTo(receipt.getString("sha256"));
        }
        JsonObject invalidData = outcomes.get(1).getJsonObject("problem");
        assertThat(invalidData.getString("type")).isEqualTo("urn:econnector:problem:invalid-template-data");
        assertThat(invalidData.getString("messageId")).matches("[A-Za-z0-9_-]{43}");
        assertThat(depositsOf(invalidData.getString("messageId"))).isEmpty();
        assertThat(outcomes.get(2).getJsonObject("problem").getString("type"))
                .isEqualTo("urn:econnector:problem:invalid-idempotency-key");
    }

    @Test
    void aBatchSentAgainGetsItsFirstReceiptsAndDepositsNothingTwice() {
        String run = "it-batch-again-" + System.nanoTime();
        String batch = "{\"items\":[" + batchItem(run + "-0", TemplateSamples.mh().toString()) + ","
                + batchItem(run + "-1", TemplateSamples.mh().put("invoiceNumber", "2026-000998").toString()) + "]}";

        JsonObject first = json(submitBatch("mh", batch));
        JsonObject again = json(submitBatch("mh", batch));

        assertThat(again).isEqualTo(first);
        assertThat(first.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(outcome -> assertThat(depositsOf(outcome.getJsonObject("receipt").getString("messageId")))
                        .hasSize(1));
    }

    @Test
    void aBatchOfNoItemsOrOfAnUnknownTemplateIsRefusedWhole() {
        HttpResponse<String> empty = submitBatch("mh", "{\"items\":[]}");
        HttpResponse<String> notJson = submitBatch("mh", "items");
        HttpResponse<String> unknown = submitBatch("nope", "{\"items\":[" + batchItem("k", "{}") + "]}");

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(json(empty).getString("type")).isEqualTo("urn:econnector:problem:invalid-batch");
        assertThat(json(empty).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("/items");
        assertThat(notJson.statusCode()).isEqualTo(422);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void tenConcurrentRepeatsOfOneKeyDepositOnceAndGetTheSameReceipt() throws Exception {
        String key = "it-repeat-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            Callable<HttpResponse<String>> once = () -> submitMh("dr.muller", "Idempotency-Key", key);
            List<Future<HttpResponse<String>>> answers = pool.invokeAll(Collections.nCopies(10, once));
            HttpResponse<String> later = submitMh("dr.muller", "Idempotency-Key", key);

            JsonObject first = json(answers.get(0).get());
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                assertThat(json(answer.get())).isEqualTo(first);
            }
            assertThat(json(later)).isEqualTo(first);
            assertThat(first.getString("messageId")).isNotEqualTo(key).matches("[A-Za-z0-9_-]{43}");
            assertThat(depositsOf(first.getString("messageId"))).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyWithOtherDataIs422() {
        String key = "it-reused-" + System.nanoTime();
        assertThat(submitMh("dr.muller", "Idempotency-Key", key).statusCode()).isEqualTo(201);

        HttpResponse<String> other = submit("dr.muller", "ecit", TemplateSamples.ecit().toString(),
                "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).getString("type")).endsWith("idempotency-key-reused");
    }

    /** On Payara the stages are counted in MicroProfile Metrics, exported at /metrics (WildFly has none: see Activity). */
    @Test
    void aDepositIsCountedInTheServersMetrics() {
        assertThat(submitMh("dr.muller").statusCode()).isEqualTo(201);

        HttpResponse<String> metrics = client.get("metrics?scope=application");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body().lines().filter(line -> line.startsWith("econnector_documents_total{")))
                .anyMatch(line -> line.contains("stage=\"deposited\""));
    }

    @Test
    void aMalformedIdempotencyKeyIs400() {
        assertThat(submitMh("dr.muller", "Idempotency-Key", "not a key!").statusCode()).isEqualTo(400);
    }

    /**
     * dr.weber deposits nowhere else in the integration tests: his first submission asks the STS.
     * Assertions live 75 s here, so the cache (60 s margin) keeps his for 15 s.
     */
    @Test
    void tenSubmissionsWithinTheAssertionsLifetimeCauseOneStsCallAndExpiryAnother() throws Exception {
        sandbox.mySecu().sts().assertionLifetime(Duration.ofSeconds(75));
        int before = sandbox.mySecu().sts().issueRequests();

        for (int i = 0; i < 10; i++) {
            assertThat(submitMh("dr.weber").statusCode()).isEqualTo(201);
        }
        assertThat(sandbox.mySecu().sts().issueRequests() - before).isEqualTo(1);

        Thread.sleep(16_000);
        assertThat(submitMh("dr.weber").statusCode()).isEqualTo(201);
        assertThat(sandbox.mySecu().sts().issueRequests() - before).isEqualTo(2);
    }

    @Test
    void aProfessionalMySecuRefusesGets403NamingMySecu() {
        HttpResponse<String> response = submitMh("dr.nomysecu");

        assertThat(response.statusCode()).isEqualTo(403);
        JsonObject problem = json(response);
        assertThat(problem.getString("upstream")).isEqualTo("mysecu");
        assertThat(problem.getString("detail")).contains("mySecu").contains("https://mysecu-test.services-publics.lu");
    }

    /**
     * One after the other, each followed by a good submission, so that mySecu's circuit breaker
     * (half of the last 8 calls failing) stays closed and each failure shows its own problem.
     */
    @Test
    void eachMySecuFailureGetsItsProblemAndTheServerStaysHealthy() {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.httpStatus(500));
        HttpResponse<String> fault = submitMh("dr.muller");
        sandbox.faults().clear();
        assertThat(fault.statusCode()).as(fault.body()).isEqualTo(502);
        assertThat(json(fault).getJsonArray("codes").getString(0)).isEqualTo("soap:Server");
        assertThat(submitMh("dr.muller").statusCode()).isEqualTo(201);

        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.REJECTED);
        HttpResponse<String> rejected = submitMh("dr.muller");
        sandbox.mySecu().behave();
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        assertThat(json(rejected).getJsonArray("codes").getString(0)).isEqualTo("SANDBOX_REJECTED");
        assertThat(json(rejected).getString("upstream")).isEqualTo("mysecu");

        sandbox.faults().inject("mysecu", "syncexchange", Fault.delay(Duration.ofSeconds(6)));
        HttpResponse<String> slow = submitMh("dr.muller");
        sandbox.faults().clear();
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(504);
        assertThat(submitMh("dr.muller").statusCode()).isEqualTo(201);

        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.XXE);
        HttpResponse<String> xxe = submitMh("dr.muller");
        sandbox.mySecu().behave();
        assertThat(xxe.statusCode()).as(xxe.body()).isEqualTo(502);
        assertThat(xxe.body()).doesNotContain(sandbox.mySecu().xxeMarker());
        assertThat(submitMh("dr.muller").statusCode()).isEqualTo(201);

        assertThat(client.get("econnector/status").statusCode()).isEqualTo(200);
        assertThat(client.get("health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void aPdfSignedElsewhereIsDepositedWithItsType() throws Exception {
        byte[] signed = client.postForBytes("econnector/api/v1/documents/ecit/signed",
                TemplateSamples.ecit().toString(), "Authorization", "Bearer " + tokens.signed(tokens.muller()),
                "Content-Type", "application/json").body();

        HttpResponse<byte[]> response = client.postForBytes("econnector/api/v1/deposits?templateId=ecit", signed,
                "Authorization", "Bearer " + tokens.signed(tokens.muller()), "Content-Type", "application/pdf");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonObject receipt = Json.createReader(new StringReader(new String(response.body(), StandardCharsets.UTF_8)))
                .readObject();
        assertThat(receipt.containsKey("document")).isFalse();
        Deposit deposit = depositsOf(receipt.getString("messageId")).get(0);
        assertThat(deposit.messageType()).isEqualTo("ECIT.DEPOSIT");
        assertThat(deposit.sha256()).isEqualTo(Sha256.hex(signed));
    }

    /**
     * mySecu de-duplicates message ids across all professionals, so a vendor's key must
     * not be the message id as it is. dr.weber's assertion is made to last no longer than the
     * cache's margin, so that it is not reused by the STS count test, whatever the order.
     */
    @Test
    void twoProfessionalsWithOneKeyMakeTwoDepositsWithTwoReferences() {
        String key = "it-shared-" + System.nanoTime();
        HttpResponse<String> muller = submitMh("dr.muller", "Idempotency-Key", key);
        sandbox.mySecu().sts().assertionLifetime(SamlAssertionCache.MARGIN);
        HttpResponse<String> weber = submitMh("dr.weber", "Idempotency-Key", key);

        assertThat(muller.statusCode()).as(muller.body()).isEqualTo(201);
        assertThat(weber.statusCode()).as(weber.body()).isEqualTo(201);
        JsonObject mullers = json(muller);
        JsonObject webers = json(weber);
        assertThat(webers.getString("mysecuReference")).isNotEqualTo(mullers.getString("mysecuReference"));
        assertThat(depositOf(mullers)).satisfies(deposit -> {
            assertThat(deposit.psCode()).isEqualTo("90812100");
            assertThat(deposit.sha256()).isEqualTo(sha256OfDocument(mullers));
        });
        assertThat(depositOf(webers)).satisfies(deposit -> {
            assertThat(deposit.psCode()).isEqualTo("90812201");
            assertThat(deposit.sha256()).isEqualTo(sha256OfDocument(webers));
        });
        assertThat(webers.getString("messageId")).isNotEqualTo(mullers.getString("messageId"))
                .matches("[A-Za-z0-9_-]{43}").isEqualTo(weber.headers().firstValue(MESSAGE_ID).orElseThrow());
        assertThat(mullers.getString("messageId")).matches("[A-Za-z0-9_-]{43}")
                .isEqualTo(muller.headers().firstValue(MESSAGE_ID).orElseThrow());
        assertThat(mullers.getString("submissionId")).as("the id's first name").isEqualTo(mullers.getString("messageId"));
    }

    /** The one deposit mySecu holds under the receipt's message id, which must be the one with its reference. */
    private static Deposit depositOf(JsonObject receipt) {
        List<Deposit> deposits = depositsOf(receipt.getString("messageId"));
        assertThat(deposits).hasSize(1);
        assertThat(deposits.get(0).reference()).isEqualTo(receipt.getString("mysecuReference"));
        return deposits.get(0);
    }

    private static String sha256OfDocument(JsonObject receipt) {
        return Sha256.hex(Base64.getDecoder().decode(receipt.getString("document")));
    }

    @Test
    void withoutAKeyEveryAnswerNamesTheMessageIdUsed() {
        HttpResponse<String> deposited = submitMh("dr.muller");
        ObjectNode invalid = TemplateSamples.mh();
        ((ObjectNode) invalid.get("patient")).put("matricule", "1985061512357");
        HttpResponse<String> refused = submit("dr.muller", "mh", invalid.toString());
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.REJECTED);
        HttpResponse<String> rejected = submitMh("dr.muller");
        sandbox.mySecu().behave();

        assertThat(deposited.statusCode()).as(deposited.body()).isEqualTo(201);
        String messageId = json(deposited).getString("messageId");
        assertThat(deposited.headers().firstValue(MESSAGE_ID)).contains(messageId);
        assertThat(depositOf(json(deposited)).messageId()).isEqualTo(messageId);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        String refusedId = json(refused).getString("messageId");
        assertThat(refused.headers().firstValue(MESSAGE_ID)).contains(refusedId);
        assertThat(refusedId).isNotEqualTo(messageId).matches("[A-Za-z0-9_-]{1,64}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        String rejectedId = json(rejected).getString("messageId");
        assertThat(rejected.headers().firstValue(MESSAGE_ID)).contains(rejectedId);
        assertThat(sandbox.mySecu().lastExchange().orElseThrow().bodyText()).contains(">" + rejectedId + "<");
    }

    /**
     * mySecu takes the deposit but answers after the read timeout: 504. The retry is answered by
     * mySecu with its first answer, which the receipt says, without the PDF signed for the retry,
     * which mySecu never received.
     */
    @Test
    void aRetryAfterATimeoutGetsTheFirstDepositReplayedWithoutADocument() {
        String key = "it-late-" + System.nanoTime();
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.LATE);
        HttpResponse<String> timedOut = submitMh("dr.muller", "Idempotency-Key", key);
        sandbox.mySecu().behave();
        HttpResponse<String> retried = submitMh("dr.muller", "Idempotency-Key", key);

        assertThat(timedOut.statusCode()).as(timedOut.body()).isEqualTo(504);
        String messageId = json(timedOut).getString("messageId");
        assertThat(timedOut.headers().firstValue(MESSAGE_ID)).contains(messageId);
        List<Deposit> deposits = depositsOf(messageId);
        assertThat(deposits).hasSize(1);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        JsonObject receipt = json(retried);
        assertThat(receipt.getBoolean("replayed")).isTrue();
        assertThat(receipt.getString("messageId")).isEqualTo(messageId);
        assertThat(receipt.getString("mysecuReference")).isEqualTo(deposits.get(0).reference());
        assertThat(Instant.parse(receipt.getString("receivedAt"))).isEqualTo(deposits.get(0).receivedAt());
        assertThat(receipt.containsKey("document")).isFalse();
        assertThat(receipt.containsKey("sha256")).isFalse();
        assertThat(retried.headers().firstValue(MESSAGE_ID)).contains(messageId);
    }

    @Test
    void theOpenApiDocumentsTheMessageIdAndTheReplay() {
        JsonObject paths = json(client.get("openapi", "Accept", "application/json")).getJsonObject("paths");

        for (String path : List.of("/econnector/api/v1/documents/{templateId}/submissions",
                "/econnector/api/v1/deposits")) {
            JsonObject responses = paths.getJsonObject(path).getJsonObject("post").getJsonObject("responses");
            assertThat(responses).as(path).containsKeys("200", "201", "422");
            for (String status : List.of("200", "201", "422")) {
                assertThat(responses.getJsonObject(status).getJsonObject("headers")).as(path + " " + status)
                        .containsKey(MESSAGE_ID);
            }
        }
    }

    private HttpResponse<byte[]> render(String username, String templateId, String kind) {
        return client.postForBytes("econnector/api/v1/documents/" + templateId + "/" + kind,
                samples().get(templateId).toString(), "Authorization", "Bearer " + tokens.signed(tokens.of(username)),
                "Content-Type", "application/json");
    }

    private HttpResponse<String> depositPdf(String username, String query, byte[] pdf) {
        return client.upload("econnector/api/v1/deposits?" + query, pdf,
                "Authorization", "Bearer " + tokens.signed(tokens.of(username)), "Content-Type", "application/pdf");
    }

    /** A PDF the professional did not sign as it is: refused with 422, and nothing reaches mySecu. */
    private void assertRefusedAndNotDeposited(HttpResponse<String> response, String typeEnd, String detail,
                                              int depositsBefore) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonObject problem = json(response);
        assertThat(problem.getString("type")).endsWith(typeEnd);
        assertThat(problem.getString("detail")).contains(detail);
        assertThat(sandbox.mySecu().deposits().list()).as("deposits on mySecu").hasSize(depositsBefore);
    }

    @Test
    void anUnsignedPdfIsNotDeposited() {
        byte[] preview = render("dr.muller", "mh", "preview").body();
        int before = sandbox.mySecu().deposits().list().size();

        HttpResponse<String> response = depositPdf("dr.muller", "templateId=mh", preview);

        assertRefusedAndNotDeposited(response, "document-not-signed", "no signature", before);
    }

    @Test
    void aPdfSignedByAnotherProfessionalIsNotDeposited() {
        byte[] signedByWeber = render("dr.weber", "mh", "signed").body();
        int before = sandbox.mySecu().deposits().list().size();

        HttpResponse<String> response = depositPdf("dr.muller", "templateId=mh", signedByWeber);

        assertRefusedAndNotDeposited(response, "signed-by-another-professional", "90812100", before);
    }

    @Test
    void aPdfOfAnotherTemplateOrVersionIsNotDeposited() {
        byte[] signedMh = render("dr.muller", "mh", "signed").body();
        int before = sandbox.mySecu().deposits().list().size();

        assertRefusedAndNotDeposited(depositPdf("dr.muller", "templateId=ecit", signedMh),
                "template-mismatch", "mh", before);
        assertRefusedAndNotDeposited(depositPdf("dr.muller", "templateId=mh&templateVersion=9.9.9", signedMh),
                "template-mismatch", "9.9.9", before);
    }

    @Test
    void aPdfChangedAfterItsSignatureIsNotDeposited() throws Exception {
        byte[] signed = render("dr.muller", "mh", "signed").body();
        byte[] changed = IncrementalUpdate.retitled(signed, "Altered after signing");
        int before = sandbox.mySecu().deposits().list().size();

        HttpResponse<String> response = depositPdf("dr.muller", "templateId=mh", changed);

        assertRefusedAndNotDeposited(response, "signature-does-not-cover-document", "whole document", before);
    }

    /** The request as mySecu received it, kept as docs/mysecu/syncexchange-request.txt for readers of the docs. */
    @Test
    void aSyncExchangeRequestIsSoapWithWsSecurityTheAssertionAndAnMtomAttachment() throws Exception {
        sandbox.mySecu().forgetLastExchange();
        assertThat(submitMh("dr.muller").statusCode()).isEqualTo(201);

        CapturedRequest request = sandbox.mySecu().lastExchange().orElseThrow();

        assertThat(request.header("Content-Type")).startsWith("multipart/related").contains("application/xop+xml");
        String text = request.bodyText();
        assertThat(text).contains("Envelope").contains("wsse:Security").contains("Timestamp")
                .contains("saml2:Assertion").contains("xop:Include").contains("Content-Type: application/pdf");
        Path capture = Path.of("target", "it", "syncexchange-request.txt");
        Files.createDirectories(capture.getParent());
        Files.writeString(capture, CaptureText.of(request));
    }
}
