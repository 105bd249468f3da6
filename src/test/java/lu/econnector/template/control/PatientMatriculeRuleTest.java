package lu.econnector.template.control;

import static lu.econnector.template.control.TemplateSamples.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lu.econnector.auth.entity.Matricule;
import lu.econnector.auth.entity.Matricules;
import lu.econnector.platform.FieldError;
import org.junit.jupiter.api.Test;

/** The patient's matricule: birth date, Luhn and Verhoeff check digits, each its own message. */
class PatientMatriculeRuleTest {

    @Test
    void theSampleMatriculeIsValid() {
        assertThat(Matricule.defectOf(TemplateSamples.VALID_MATRICULE)).isNull();
    }

    @Test
    void aWrongLuhnCheckDigitIsRefused() {
        String matricule = "19850615123" + otherDigit('4') + "7";

        assertThat(violationsOf("mh", withMatricule(TemplateSamples.mh(), matricule))).containsExactly(
                new FieldError("/patient/matricule", "has a wrong Luhn check digit (12th digit)"));
    }

    @Test
    void aWrongVerhoeffCheckDigitIsRefused() {
        String matricule = "198506151234" + otherDigit('7');

        assertThat(violationsOf("pid", withMatricule(TemplateSamples.pid(), matricule))).containsExactly(
                new FieldError("/patient/matricule", "has a wrong Verhoeff check digit (13th digit)"));
    }

    @Test
    void aMatriculeWithAnImpossibleBirthDateIsRefusedEvenWithRightCheckDigits() {
        String matricule = Matricules.withCheckDigits("19850230123");

        assertThat(violationsOf("ecit", withMatricule(TemplateSamples.ecit(), matricule))).containsExactly(
                new FieldError("/patient/matricule", "does not start with a valid birth date (YYYYMMDD)"));
    }

    private static char otherDigit(char digit) {
        return digit == '9' ? '0' : (char) (digit + 1);
    }

    private static ObjectNode withMatricule(ObjectNode document, String matricule) {
        ((ObjectNode) document.get("patient")).put("matricule", matricule);
        return document;
    }
}
