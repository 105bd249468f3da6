package lu.econnector.auth.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatriculeTest {

    /** Computed by hand from the definitions, independently of the code under test. */
    @Test
    void checkDigitsOfAKnownExample() {
        // Luhn of 19850615123: from the right 3*2=6,2,1*2=2,5,1*2=2,6,0*2=0,5,8*2=16->7,9,1*2=2 -> sum 46 -> 4
        assertThat(Matricule.luhn("19850615123")).isEqualTo(4);
        // Verhoeff's published example: 236 has check digit 3.
        assertThat(Matricule.verhoeff("236")).isEqualTo(3);
        // and the classic 12345 -> 1
        assertThat(Matricule.verhoeff("12345")).isEqualTo(1);
    }

    @Test
    void aCompletedMatriculeIsValid() {
        String cut = Matricules.withCheckDigits("19850615123");

        assertThat(cut).hasSize(13).startsWith("198506151234");
        assertThat(Matricule.isValid(cut)).isTrue();
    }

    @Test
    void aWrongLuhnDigitIsFoundAlone() {
        String valid = Matricules.withCheckDigits("19850615123");
        String badLuhn = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10) + valid.charAt(12);

        assertThat(Matricule.defectOf(badLuhn)).isEqualTo(Matricule.Defect.LUHN_CHECK_DIGIT);
    }

    @Test
    void aWrongVerhoeffDigitIsFoundAlone() {
        String valid = Matricules.withCheckDigits("19850615123");
        String badVerhoeff = valid.substring(0, 12) + ((valid.charAt(12) - '0' + 1) % 10);

        assertThat(Matricule.defectOf(badVerhoeff)).isEqualTo(Matricule.Defect.VERHOEFF_CHECK_DIGIT);
    }

    @Test
    void anImpossibleBirthDateIsRefused() {
        assertThat(Matricule.defectOf(Matricules.withCheckDigits("19850230123")))
                .isEqualTo(Matricule.Defect.INVALID_BIRTH_DATE);
    }

    @Test
    void onlyThirteenDigitsAreAccepted() {
        assertThat(Matricule.defectOf("198506151234")).isEqualTo(Matricule.Defect.NOT_13_DIGITS);
        assertThat(Matricule.defectOf("19850615123a5")).isEqualTo(Matricule.Defect.NOT_13_DIGITS);
        assertThat(Matricule.defectOf(null)).isEqualTo(Matricule.Defect.NOT_13_DIGITS);
    }

    @Test
    void theExampleOfTheTemplatesSpecIsValid() {
        assertThat(Matricules.withCheckDigits("19850615123")).isEqualTo("1985061512347");
        assertThat(Matricule.isValid("1985061512347")).isTrue();
    }
}
