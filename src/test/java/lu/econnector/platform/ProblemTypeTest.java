package lu.econnector.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API guide's list of problem types and the catalogue say the same: vendors code against
 * the guide, the eConnector answers from the catalogue.
 */
class ProblemTypeTest {

    private static final Path API_GUIDE = Path.of("docs", "api.md");
    /** A row of the guide's table of types: {@code | `slug` | status | …}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z-]+)` \\| (\\d{3}) \\|", Pattern.MULTILINE);
    /** A type the guide names in prose: {@code `slug` (status, …}. */
    private static final Pattern IN_PROSE = Pattern.compile("`([a-z-]+)` \\((\\d{3})\\b");

    @Test
    void theApiGuideListsEveryTypeOfTheCatalogueWithItsStatusAndNoOther() throws IOException {
        Map<String, Integer> catalogue = Arrays.stream(ProblemType.values())
                .collect(Collectors.toMap(ProblemType::slug, ProblemType::status, (a, b) -> a, TreeMap::new));

        assertThat(documentedTypes()).isEqualTo(catalogue);
    }

    @Test
    void slugsAreUnique() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct())
                .hasSize(ProblemType.values().length);
    }

    @Test
    void theTypeIsAnEconnectorUrn() {
        assertThat(ProblemType.UNKNOWN_TEMPLATE.uri()).isEqualTo("urn:econnector:problem:unknown-template");
    }

    private static Map<String, Integer> documentedTypes() throws IOException {
        String section = problemsSection(Files.readString(API_GUIDE));
        Map<String, Integer> documented = new TreeMap<>();
        for (Pattern pattern : new Pattern[] {TABLE_ROW, IN_PROSE}) {
            Matcher type = pattern.matcher(section);
            while (type.find()) {
                documented.put(type.group(1), Integer.valueOf(type.group(2)));
            }
        }
        return documented;
    }

    private static String problemsSection(String guide) {
        int start = guide.indexOf("\n## Problems\n");
        assertThat(start).as("the API guide has a Problems section").isNotNegative();
        int end = guide.indexOf("\n## ", start + 1);
        return end < 0 ? guide.substring(start) : guide.substring(start, end);
    }
}
