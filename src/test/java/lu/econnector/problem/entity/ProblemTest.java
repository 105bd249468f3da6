package lu.econnector.problem.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private final Problem timeout = new Problem("urn:econnector:problem:upstream-timeout", "Gateway Timeout", 504,
            "syncexchange: no answer in time", "/econnector/api/v1/deposits", "req-1", null, "mysecu", List.of(),
            List.of());

    @Test
    void aProblemOfADepositNamesItsMessageId() {
        assertThat(timeout.withMessageId("aUuGEgFxFEYgqLG3QTwxNDS8-HYaMVTL9i7OHWu_Bmo").toJson()
                .getString("messageId")).isEqualTo("aUuGEgFxFEYgqLG3QTwxNDS8-HYaMVTL9i7OHWu_Bmo");
    }

    @Test
    void aProblemOfARequestThatDepositsNothingHasNoMessageId() {
        assertThat(timeout.withMessageId(null).toJson()).doesNotContainKey("messageId").containsKey("requestId");
    }
}
