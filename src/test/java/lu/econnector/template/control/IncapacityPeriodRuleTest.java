package lu.econnector.template.control;

import static lu.econnector.template.control.TemplateSamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lu.econnector.platform.FieldError;
import org.junit.jupiter.api.Test;

/** The incapacity period of {@code ecit} (docs/templates/README.md): order, length and backdating. */
class IncapacityPeriodRuleTest {

    @Test
    void anIncapacityEndingBeforeItStartsIsRefused() {
        ObjectNode ecit = ecit("2026-11-27", "2026-11-26");

        assertThat(violationsOf("ecit", ecit)).containsExactly(new FieldError("/incapacity/to", "must not be before from"));
    }

    @Test
    void aOneDayIncapacityIsAccepted() {
        assertValid(ecit("2026-11-27", "2026-11-27"));
    }

    @Test
    void anIncapacityOfExactly52WeeksIsAccepted() {
        assertValid(ecit("2026-11-27", "2027-11-25"));
    }

    @Test
    void anIncapacityLongerThan52WeeksIsRefused() {
        ObjectNode ecit = ecit("2026-11-27", "2027-11-26");

        assertThat(violationsOf("ecit", ecit))
                .containsExactly(new FieldError("/incapacity/to", "must be at most 52 weeks after from"));
    }

    @Test
    void anIncapacityStartingTwoDaysBeforeTheIssueDateIsAccepted() {
        assertValid(ecit("2026-11-25", "2026-12-03"));
    }

    @Test
    void anIncapacityStartingThreeDaysBeforeTheIssueDateIsRefused() {
        ObjectNode ecit = ecit("2026-11-24", "2026-12-03");

        assertThat(violationsOf("ecit", ecit))
                .containsExactly(new FieldError("/incapacity/from", "must not be more than 2 days before issueDate"));
    }

    private static ObjectNode ecit(String from, String to) {
        ObjectNode ecit = TemplateSamples.ecit();
        ((ObjectNode) ecit.get("incapacity")).put("from", from).put("to", to);
        return ecit;
    }

    private static void assertValid(ObjectNode ecit) {
        assertThatCode(() -> new TemplateDataValidator().validate(TemplateSamples.bundled("ecit"), ecit.toString())).doesNotThrowAnyException();
    }
}
