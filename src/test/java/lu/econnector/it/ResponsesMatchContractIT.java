package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lu.econnector.sandbox.SandboxExtension;
import lu.econnector.sandbox.SandboxServer;
import lu.econnector.sandbox.fault.Fault;
import lu.econnector.sandbox.fault.Faults;
import lu.econnector.sandbox.mysecu.SyncExchangeMisbehaviour;
import lu.econnector.template.control.TemplateSamples;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the API, in success and in its main failures, answers as the committed
 * contract ({@code docs/openapi.yaml}) says: a status it lists, a media type it lists for that
 * status, the headers it declares, a JSON body valid against the schema it gives, no member it
 * does not declare. The contract is what vendors generate their clients from; a disagreement
 * is a client that misreads the wire.
 */
@ExtendWith(SandboxExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponsesMatchContractIT {

    private static final String API = "/econnector/api/v1";
    private static final String SUBMISSIONS = API + "/documents/{templateId}/submissions";
    private static final String DEPOSITS = API + "/deposits";
    private static final String BATCH = API + "/documents/{templateId}/batch-submissions";

    private static SandboxServer sandbox;
    private static TestTokens tokens;
    private static ContractedResponses contract;
    private final EconnectorClient client = new EconnectorClient();
    private final List<String> disagreements = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return BuiltWar.deployment();
    }

    @BeforeAll
    static void sandbox() throws Exception {
        sandbox = SandboxExtension.running().server();
        tokens = new TestTokens(sandbox.aesKeys());
        contract = new ContractedResponses(Path.of("docs", "openapi.yaml"));
    }

    @AfterEach
    void everyAnswerAgreesWithTheContract() {
        assertThat(disagreements).as("answers that disagree with docs/openapi.yaml").isEmpty();
    }

    @Test
    void statusAndTerms() {
        judge("get", "/econnector/status", client.get("econnector/status"));
        judge("get", "/econnector/terms", client.get("econnector/terms"));
    }

    /** The status answers 503 with its own body, the upstreams' state, when a required one is down. */
    @Test
    void statusWithTheKmsDown() throws InterruptedException {
        sandbox.faults().inject("kms", Faults.ALL_OPERATIONS, Fault.httpStatus(503));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        HttpResponse<String> status = client.get("econnector/status");
        while (status.statusCode() != 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = client.get("econnector/status");
        }
        judge("get", "/econnector/status", status, 503);
    }

    @Test
    void theProfessional() {
        judge("get", API + "/me", get("dr.muller", "me"), 200);
        judge("get", API + "/me", get("dr.noremote", "me"), 200);
        judge("get", API + "/me", client.get("econnector/api/v1/me"), 401);
        judge("get", API + "/me", client.get("econnector/api/v1/me", "Authorization", "Bearer not.a.token"), 401);
    }

    @Test
    void templates() {
        judge("get", API + "/templates", get("dr.muller", "templates"), 200);
        judge("get", API + "/templates/{id}", get("dr.muller", "templates/pid"), 200);
        judge("get", API + "/templates/{id}", get("dr.muller", "templates/nope"), 404);
    }

    @Test
    void previews() {
        String preview = API + "/documents/{templateId}/preview";
        judgeBytes("post", preview, render("dr.muller", "mh", "preview", TemplateSamples.mh().toString()), 200);
        judge("post", preview, post("dr.muller", "documents/nope/preview", mh(), "application/json"), 404);
        judge("post", preview, post("dr.muller", "documents/mh/preview", invalidMh(), "application/json"), 422);
        judge("post", preview, post("dr.muller", "documents/mh/preview", "<mh/>", "application/xml"), 415);
    }

    @Test
    void signedDocuments() {
        String signed = API + "/documents/{templateId}/signed";
        judgeBytes("post", signed, render("dr.muller", "ecit", "signed", TemplateSamples.ecit().toString()), 200);
        judge("post", signed, post("dr.noremote", "documents/mh/signed", mh(), "application/json"), 403);
        judge("post", signed, post("dr.revoked", "documents/mh/signed", mh(), "application/json"), 502);
        sandbox.faults().inject("kms", "sign-data", Fault.httpStatus(503));
        judge("post", signed, post("dr.muller", "documents/mh/signed", mh(), "application/json"), 503);
    }

    @Test
    void signaturesAndValidations() {
        byte[] preview = render("dr.muller", "mh", "preview", mh()).body();
        HttpResponse<byte[]> signed = client.postForBytes("econnector/api/v1/signatures", preview,
                "Authorization", bearer("dr.muller"), "Content-Type", "application/pdf");
        judgeBytes("post", API + "/signatures", signed, 200);
        judge("post", API + "/signatures", upload("dr.muller", "signatures", "not a PDF".getBytes(StandardCharsets.UTF_8)),
                422);
        judge("post", API + "/signatures", upload("dr.noremote", "signatures", preview), 403);
        judge("post", API + "/signatures", upload("dr.revoked", "signatures", preview), 502);

        judge("post", API + "/validations", upload("dr.muller", "validations", signed.body()), 200);
        judge("post", API + "/validations", upload("dr.muller", "validations", preview), 200);
        judge("post", API + "/validations", upload("dr.muller", "validations", new byte[] {'%', 'P'}), 422);
        judge("post", API + "/validations", upload("dr.muller", "validations", new byte[10 * 1024 * 1024 + 1]), 413);
    }

    @Test
    void submissions() {
        String key = "contract-" + System.nanoTime();
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), key), 201);
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), key), 201);
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", invalidMh(), key), 422);
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), "not a key!"), 400);
        judge("post", SUBMISSIONS, submit("dr.muller", "nope", mh(), null), 404);
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", invalidMh(), null), 422);
        judge("post", SUBMISSIONS, submit("dr.nomysecu", "mh", mh(), null), 403);
        judge("post", SUBMISSIONS, submit("dr.noremote", "mh", mh(), null), 403);
    }

    /** Receipts and problems side by side in one answer, each as its schema says. */
    @Test
    void batchSubmissions() {
        String key = "contract-batch-" + System.nanoTime();
        String batch = "{\"items\":[{\"idempotencyKey\":\"" + key + "\",\"data\":" + mh() + "},"
                + "{\"data\":" + invalidMh() + "},{\"idempotencyKey\":\"not a key!\",\"data\":" + mh() + "}]}";
        judge("post", BATCH, post("dr.muller", "documents/mh/batch-submissions", batch, "application/json"), 200);
        judge("post", BATCH, post("dr.muller", "documents/mh/batch-submissions", "{\"items\":[]}",
                "application/json"), 422);
        judge("post", BATCH, post("dr.muller", "documents/nope/batch-submissions", batch, "application/json"), 404);
    }

    /** Each mySecu failure followed by a success, so that its circuit breaker stays closed. */
    @Test
    void submissionsWhenMySecuFails() {
        sandbox.faults().inject("mysecu", "syncexchange", Fault.httpStatus(500));
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), null), 502);
        sandbox.faults().clear();
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), null), 201);

        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.REJECTED);
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), null), 422);
        sandbox.mySecu().behave();

        String key = "contract-late-" + System.nanoTime();
        sandbox.mySecu().misbehave(SyncExchangeMisbehaviour.LATE);
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), key), 504);
        sandbox.mySecu().behave();
        judge("post", SUBMISSIONS, submit("dr.muller", "mh", mh(), key), 200);
    }

    @Test
    void deposits() {
        byte[] signed = render("dr.muller", "pid", "signed", TemplateSamples.pid().toString()).body();
        byte[] preview = render("dr.muller", "pid", "preview", TemplateSamples.pid().toString()).body();
        byte[] signedByNoMySecu = render("dr.nomysecu", "pid", "signed", TemplateSamples.pid().toString()).body();

        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", signed), 201);
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", preview), 422);
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=nope", signed), 404);
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid&templateVersion=one", signed), 400);
        judge("post", DEPOSITS, upload("dr.nomysecu", "deposits?templateId=pid", signedByNoMySecu), 403);
        sandbox.faults().inject("mysecu", "syncexchange", Fault.httpStatus(500));
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", signed), 502);
        sandbox.faults().clear();
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", signed), 201);
        sandbox.faults().inject("mysecu", "syncexchange", Fault.httpStatus(503));
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", signed), 503);
        sandbox.faults().clear();
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", signed), 201);
        sandbox.faults().inject("mysecu", "syncexchange", Fault.delay(Duration.ofSeconds(6)));
        judge("post", DEPOSITS, upload("dr.muller", "deposits?templateId=pid", signed), 504);
    }

    private void judge(String method, String path, HttpResponse<String> response) {
        disagreements.addAll(contract.disagreements(method, path, response));
    }

    /** The status is the case's own: a case that answers otherwise tests nothing it meant to. */
    private void judge(String method, String path, HttpResponse<String> response, int expected) {
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        judge(method, path, response);
    }

    private void judgeBytes(String method, String path, HttpResponse<byte[]> response, int expected) {
        assertThat(response.statusCode()).as(method + " " + path + ": "
                + new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(expected);
        disagreements.addAll(contract.disagreementsOfBytes(method, path, response));
    }

    private static String bearer(String username) {
        return "Bearer " + tokens.signed(tokens.of(username));
    }

    private static String mh() {
        return TemplateSamples.mh().toString();
    }

    private static String invalidMh() {
        ObjectNode data = TemplateSamples.mh();
        ((ObjectNode) data.get("patient")).put("matricule", "1985061512357");
        data.remove("acts");
        return data.toString();
    }

    private HttpResponse<String> get(String username, String path) {
        return client.get("econnector/api/v1/" + path, "Authorization", bearer(username));
    }

    private HttpResponse<String> post(String username, String path, String body, String contentType) {
        return client.send("POST", "econnector/api/v1/" + path, body, "Authorization", bearer(username),
                "Content-Type", contentType);
    }

    private HttpResponse<String> upload(String username, String path, byte[] pdf) {
        return client.upload("econnector/api/v1/" + path, pdf, "Authorization", bearer(username),
                "Content-Type", "application/pdf");
    }

    private HttpResponse<byte[]> render(String username, String templateId, String kind, String data) {
        return client.postForBytes("econnector/api/v1/documents/" + templateId + "/" + kind, data,
                "Authorization", bearer(username), "Content-Type", "application/json");
    }

    private HttpResponse<String> submit(String username, String templateId, String data, String idempotencyKey) {
        return idempotencyKey == null
                ? post(username, "documents/" + templateId + "/submissions", data, "application/json")
                : client.send("POST", "econnector/api/v1/documents/" + templateId + "/submissions", data,
                        "Authorization", bearer(username), "Content-Type", "application/json",
                        "Idempotency-Key", idempotencyKey);
    }
}
