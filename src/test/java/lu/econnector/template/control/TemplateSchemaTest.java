package lu.econnector.template.control;

import static lu.econnector.template.control.TemplateSamples.act;
import static lu.econnector.template.control.TemplateSamples.bundled;
import static lu.econnector.template.control.TemplateSamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import lu.econnector.platform.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the templates' JSON Schemas refuse, each reported at the JSON Pointer of the field. */
class TemplateSchemaTest {

    private final TemplateDataValidator cut = new TemplateDataValidator();

    @ParameterizedTest
    @ValueSource(strings = {"mh", "pid", "ecit"})
    void theSampleOfTemplatesMdIsValid(String templateId) throws Exception {
        ObjectNode sample = (ObjectNode) TemplateSamples.class.getDeclaredMethod(templateId).invoke(null);

        assertThatCode(() -> cut.validate(bundled(templateId), sample.toString())).doesNotThrowAnyException();
    }

    @Test
    void thePracticeAddressIsOptional() {
        ObjectNode mh = TemplateSamples.mh();
        mh.remove("practice");

        assertThatCode(() -> cut.validate(bundled("mh"), mh.toString())).doesNotThrowAnyException();
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsOwnPointer() {
        ObjectNode mh = TemplateSamples.mh();
        act(mh, 0).remove("code");

        assertThat(violationsOf("mh", mh)).containsExactly(new FieldError("/acts/0/code", "is required"));
    }

    @Test
    void aMissingShareOfAPidActIsRefused() {
        ObjectNode pid = TemplateSamples.pid();
        act(pid, 1).remove("patientShare");

        assertThat(violationsOf("pid", pid)).extracting(FieldError::field).containsExactly("/acts/1/patientShare");
    }

    @Test
    void anAmountWithOneDecimalIsRefused() {
        ObjectNode mh = TemplateSamples.mh();
        act(mh, 0).put("amount", "52.5");
        mh.put("totalAmount", "52.5");

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/acts/0/amount", "/totalAmount");
    }

    @Test
    void anAmountGivenAsAJsonNumberIsRefused() {
        ObjectNode mh = TemplateSamples.mh();
        act(mh, 0).put("amount", new BigDecimal("52.50"));

        assertThat(violationsOf("mh", mh)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("/acts/0/amount");
            assertThat(error.message()).contains("string");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"27/11/2026", "2026-02-30", "2026-11-27T10:00:00Z", ""})
    void anIssueDateThatIsNotAnIsoCalendarDateIsRefused(String date) {
        ObjectNode ecit = TemplateSamples.ecit();
        ecit.put("issueDate", date);

        assertThat(violationsOf("ecit", ecit)).extracting(FieldError::field).containsExactly("/issueDate");
    }

    @Test
    void anUnknownPropertyIsRefused() {
        ObjectNode ecit = TemplateSamples.ecit();
        ((ObjectNode) ecit.get("incapacity")).put("diagnosis", "flu");

        assertThat(violationsOf("ecit", ecit))
                .containsExactly(new FieldError("/incapacity/diagnosis", "is not allowed here"));
    }

    @Test
    void moreThanTwentyActsAreRefused() {
        ObjectNode mh = TemplateSamples.mh();
        ArrayNode acts = mh.withArray("/acts");
        for (int i = 1; i < 21; i++) {
            acts.add(act(mh, 0).deepCopy());
        }
        mh.put("totalAmount", "1102.50");

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/acts");
    }

    @Test
    void aDocumentWithoutActsIsRefused() {
        ObjectNode mh = TemplateSamples.mh();
        mh.withArray("/acts").removeAll();

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/acts");
    }

    @Test
    void anUnknownCauseIsRefused() {
        ObjectNode ecit = TemplateSamples.ecit();
        ((ObjectNode) ecit.get("incapacity")).put("cause", "illness");

        assertThat(violationsOf("ecit", ecit)).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("/incapacity/cause");
            assertThat(error.message()).contains("ILLNESS", "WORK_ACCIDENT", "COMMUTING_ACCIDENT", "OTHER_ACCIDENT");
        });
    }

    @Test
    void aFlagGivenAsAStringIsRefused() {
        ObjectNode ecit = TemplateSamples.ecit();
        ecit.put("initial", "true");

        assertThat(violationsOf("ecit", ecit)).extracting(FieldError::field).containsExactly("/initial");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1", "C-1", "ABCDEFGH9", ""})
    void anActCodeOtherThanOneToEightCapitalsOrDigitsIsRefused(String code) {
        ObjectNode mh = TemplateSamples.mh();
        act(mh, 0).put("code", code);

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/acts/0/code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankPatientNameIsRefused(String name) {
        ObjectNode mh = TemplateSamples.mh();
        ((ObjectNode) mh.get("patient")).put("lastName", name);

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/patient/lastName");
    }

    @Test
    void aPatientNameLongerThan100CharactersIsRefused() {
        ObjectNode mh = TemplateSamples.mh();
        ((ObjectNode) mh.get("patient")).put("firstName", "J".repeat(101));

        assertThat(violationsOf("mh", mh)).extracting(FieldError::field).containsExactly("/patient/firstName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"198506151234", "19850615123470", "1985O61512347"})
    void aMatriculeThatIsNotThirteenDigitsIsRefusedOnce(String matricule) {
        ObjectNode ecit = TemplateSamples.ecit();
        ((ObjectNode) ecit.get("patient")).put("matricule", matricule);

        assertThat(violationsOf("ecit", ecit))
                .containsExactly(new FieldError("/patient/matricule", "must be 13 digits"));
    }
}
