package lu.econnector.template.control;

import static lu.econnector.template.control.TemplateSamples.act;
import static lu.econnector.template.control.TemplateSamples.bundled;
import static lu.econnector.template.control.TemplateSamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import lu.econnector.platform.FieldError;
import lu.econnector.template.entity.TemplatePackage;
import org.junit.jupiter.api.Test;

/** One 422 problem with every violation of the schema and of the rules, and what it reveals. */
class TemplateDataValidatorTest {

    private final TemplateDataValidator cut = new TemplateDataValidator();

    @Test
    void allViolationsOfSchemaAndRulesComeBackTogether() {
        ObjectNode pid = TemplateSamples.pid();
        pid.put("notes", "x");
        ((ObjectNode) pid.get("patient")).put("matricule", "1985061512357");
        act(pid, 0).put("amount", "52.5").put("date", "2026-11-30");
        act(pid, 1).put("patientShare", "9.70");
        act(pid, 1).remove("code");
        pid.put("totalAmount", "99.99");

        assertThat(violationsOf("pid", pid)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "/notes", "/acts/0/amount", "/acts/1/code",
                "/patient/matricule", "/acts/0/date", "/acts/1/amount", "/totalPatientShare");
    }

    @Test
    void theProblemIs422UnprocessableContent() {
        ObjectNode mh = TemplateSamples.mh();
        mh.put("totalAmount", "1.00");

        TemplateDataInvalidException thrown = catchThrowableOfType(TemplateDataInvalidException.class,
                () -> cut.validate(bundled("mh"), mh.toString()));

        assertThat(thrown.status()).isEqualTo(422);
        assertThat(thrown.title()).isEqualTo("Unprocessable Content");
        assertThat(thrown.type().uri()).isEqualTo("urn:econnector:problem:invalid-template-data");
        assertThat(thrown.getMessage()).isEqualTo("The data does not satisfy the mh template: 1 violation.");
    }

    @Test
    void messagesNeverRepeatThePatientsData() {
        ObjectNode mh = TemplateSamples.mh();
        ((ObjectNode) mh.get("patient")).put("matricule", "1985061512357").put("lastName", "Schmit".repeat(20));
        act(mh, 0).put("label", "Psychiatrie").put("amount", "52.5");

        List<FieldError> errors = violationsOf("mh", mh);

        assertThat(errors).hasSize(3).allSatisfy(error -> assertThat(error.message())
                .doesNotContain("Schmit", "1985061512357", "Psychiatrie", "52.5\""));
    }

    @Test
    void aJakartaJsonObjectIsValidatedLikeItsText() {
        JsonObject ecit = Json.createReader(new StringReader(TemplateSamples.ecit().toString())).readObject();
        JsonObject late = Json.createObjectBuilder(ecit).add("issueDate", "2026-12-27").build();

        assertThatCode(() -> cut.validate(bundled("ecit"), ecit)).doesNotThrowAnyException();
        assertThatThrownBy(() -> cut.validate(bundled("ecit"), late)).isInstanceOf(TemplateDataInvalidException.class);
    }

    @Test
    void malformedJsonIsOneViolationAtTheRootWithoutTheParsersMessage() {
        assertThat(catchThrowableOfType(TemplateDataInvalidException.class,
                () -> cut.validate(bundled("mh"), "{\"patient\": {\"lastName\": \"Schmit\"")).errors())
                .containsExactly(new FieldError("", "is not well-formed JSON"));
    }

    @Test
    void aDuplicateKeyIsRefused() {
        String twice = TemplateSamples.mh().toString().replace("\"paid\":true", "\"paid\":true,\"paid\":false");

        assertThatThrownBy(() -> cut.validate(bundled("mh"), twice)).isInstanceOf(TemplateDataInvalidException.class);
    }

    @Test
    void jsonNestedTenThousandLevelsIsRefusedAsMalformedNotAStackOverflow() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

        assertThat(catchThrowableOfType(TemplateDataInvalidException.class,
                () -> cut.validate(bundled("mh"), deep)).errors())
                .containsExactly(new FieldError("", "is not well-formed JSON"));
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedWithoutBeingComputedOn() {
        String huge = TemplateSamples.mh().toString().replace("\"quantity\":1", "\"quantity\":" + "9".repeat(5_000));

        assertThatThrownBy(() -> cut.validate(bundled("mh"), huge)).isInstanceOf(TemplateDataInvalidException.class);
    }

    @Test
    void aStringOfMegabytesIsAViolationThatDoesNotRepeatIt() {
        String name = "A".repeat(8 * 1024 * 1024);
        String big = TemplateSamples.mh().toString().replace("\"Schmit\"", "\"" + name + "\"");

        List<FieldError> errors = catchThrowableOfType(TemplateDataInvalidException.class,
                () -> cut.validate(bundled("mh"), big)).errors();

        assertThat(errors).extracting(FieldError::field).containsExactly("/patient/lastName");
        assertThat(errors.get(0).message()).hasSizeLessThan(200);
    }

    @Test
    void aDocumentThatIsNotAnObjectIsRefusedAtTheRoot() {
        assertThat(catchThrowableOfType(TemplateDataInvalidException.class,
                () -> cut.validate(bundled("ecit"), "[]")).errors())
                .extracting(FieldError::field).containsExactly("");
    }

    @Test
    void anUnknownTemplateIsAProgrammingError() {
        TemplatePackage mh = bundled("mh");
        TemplatePackage unknown = new TemplatePackage("xyz", mh.version(), mh.title(), mh.schema(), mh.mapping(),
                mh.form(), mh.sha256());

        assertThatThrownBy(() -> cut.validate(unknown, "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
