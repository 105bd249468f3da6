package lu.econnector.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The judge of {@link ResponsesMatchContractIT} finds each kind of disagreement, and nothing in a good answer. */
class ContractedResponsesTest {

    private static final String DEPOSITS = "/econnector/api/v1/deposits";
    private static final String RECEIPT = """
            {"messageId":"m-1","submissionId":"m-1","mysecuReference":"MYSECU-1",
             "receivedAt":"2026-12-03T04:08:44.640Z","replayed":false,"templateId":"mh",
             "templateVersion":"1.0.0","sha256":"%s"}""".formatted("0".repeat(64));

    private static ContractedResponses contract;

    @BeforeAll
    static void contract() throws Exception {
        contract = new ContractedResponses(Path.of("docs", "openapi.yaml"));
    }

    private static HttpHeaders headers(String... nameThenValue) {
        Map<String, List<String>> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < nameThenValue.length; i += 2) {
            map.put(nameThenValue[i], List.of(nameThenValue[i + 1]));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    private static List<String> deposit(int status, String body, String... headers) {
        return contract.disagreements("post", DEPOSITS, status, headers(headers), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReceiptAsTheContractSaysAgrees() {
        assertThat(deposit(201, RECEIPT, "Content-Type", "application/json;charset=UTF-8", "X-Message-Id", "m-1"))
                .isEmpty();
    }

    @Test
    void aMemberTheContractDoesNotDeclareDisagrees() {
        String extra = RECEIPT.replace("{", "{\"surprise\":1,");

        assertThat(deposit(201, extra, "Content-Type", "application/json", "X-Message-Id", "m-1"))
                .singleElement().asString().contains("surprise");
    }

    @Test
    void aMissingRequiredMemberOrAWrongTypeDisagrees() {
        assertThat(deposit(201, RECEIPT.replace("\"replayed\":false,", ""), "Content-Type", "application/json",
                "X-Message-Id", "m-1")).singleElement().asString().contains("replayed");
        assertThat(deposit(201, RECEIPT.replace("\"replayed\":false", "\"replayed\":\"no\""), "Content-Type",
                "application/json", "X-Message-Id", "m-1")).singleElement().asString().contains("replayed");
    }

    @Test
    void aStatusMediaTypeOrHeaderTheContractDoesNotListDisagrees() {
        assertThat(deposit(418, "{}", "Content-Type", "application/json")).singleElement().asString()
                .contains("status not listed");
        assertThat(deposit(201, "<html/>", "Content-Type", "text/html", "X-Message-Id", "m-1")).singleElement()
                .asString().contains("text/html");
        assertThat(deposit(201, RECEIPT, "Content-Type", "application/json")).singleElement().asString()
                .contains("X-Message-Id");
    }

    @Test
    void aProblemNamingAnotherStatusDisagrees() {
        String problem = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":%d,\"requestId\":\"r\"}";

        assertThat(deposit(404, problem.formatted(404), "Content-Type", "application/problem+json", "X-Message-Id", "m"))
                .isEmpty();
        assertThat(deposit(404, problem.formatted(500), "Content-Type", "application/problem+json", "X-Message-Id", "m"))
                .singleElement().asString().contains("status is 500");
    }

    @Test
    void aTemplateTitleIsAMapOfStrings() {
        String list = "[{\"id\":\"mh\",\"version\":\"1.0.0\",\"title\":{\"fr\":\"Mémoire\",\"de\":%s},"
                + "\"source\":\"bundled\",\"sha256\":\"" + "a".repeat(64) + "\"}]";
        HttpHeaders json = headers("Content-Type", "application/json");

        assertThat(contract.disagreements("get", "/econnector/api/v1/templates", 200, json,
                list.formatted("\"Honorarnote\"").getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(contract.disagreements("get", "/econnector/api/v1/templates", 200, json,
                list.formatted("2").getBytes(StandardCharsets.UTF_8))).singleElement().asString().contains("title");
    }
}
