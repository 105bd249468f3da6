package lu.econnector.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed contract, which ApiContractIT proves is what {@code /openapi} serves, passes
 * {@code redocly lint} with Redocly's recommended rules ({@code src/test/contract/redocly.yaml}):
 * no error; the warnings are printed, and the configuration says why each one is left.
 */
class RedoclyLintTest {

    private static final String CONTRACT = "docs/openapi.yaml";

    @Test
    void theContractPassesRedoclysRecommendedRules() throws Exception {
        ContractTools.Run lint = ContractTools.redocly("lint", "--config",
                ContractTools.SOURCE.resolve("redocly.yaml").toString(), "--format=json", CONTRACT);

        JsonNode report = new ObjectMapper().readTree(jsonOf(lint.output()));
        List<String> problems = new ArrayList<>();
        report.path("problems").forEach(problem -> problems.add(problem.path("severity").asText() + " "
                + problem.path("ruleId").asText() + " at " + problem.path("location").path(0).path("pointer").asText()
                + " (line " + problem.path("location").path(0).path("start").path("line").asText() + "): "
                + problem.path("message").asText()));
        JsonNode totals = report.path("totals");
        System.out.printf("redocly lint %s (Redocly CLI %s, recommended rules): %d errors, %d warnings, %d ignored%n",
                CONTRACT, report.path("version").asText(), totals.path("errors").asInt(),
                totals.path("warnings").asInt(), totals.path("ignored").asInt());
        problems.forEach(problem -> System.out.println("  " + problem));

        assertThat(totals.path("errors").asInt()).as(String.join("\n", problems)).isZero();
        assertThat(lint.exitCode()).as(lint.output()).isZero();
    }

    /** Redocly prints notices (e.g. on the Node.js version) around its JSON report. */
    private static String jsonOf(String output) {
        int start = output.indexOf("{\n");
        int end = output.lastIndexOf("\n}");
        assertThat(start).as("no JSON report in:\n" + output).isNotNegative();
        return output.substring(start, end + 2);
    }
}
